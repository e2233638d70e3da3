from tests.conftest import ROOT


def test_a_test_run_has_its_own_data_folder(settings):
    assert settings.DATA_DIR != ROOT / "var"
    assert (settings.DATA_DIR / "secret_key").exists()
