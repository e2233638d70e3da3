"""Permission groups: `editor` changes, merges and imports records; `viewer` reads the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    "leader", "leaderalias", "office", "agreement", "agreementalias", "article", "meeting",
    "participation", "meetingagreement", "meetingredirect", "leaderredirect", "agreementredirect",
]  # fmt: skip
EDITOR_EXTRA = ["merge_meeting", "merge_leader", "merge_agreement", "import_articles"]


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():  # permissions exist only after post_migrate otherwise
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    archive = Permission.objects.filter(content_type__app_label="archive")
    editor, _ = Group.objects.get_or_create(name="editor")
    editor.permissions.set(
        archive.filter(codename__in=[f"{action}_{model}" for model in MODELS for action in ("view", "add", "change", "delete")] + EDITOR_EXTRA)
    )
    viewer, _ = Group.objects.get_or_create(name="viewer")
    viewer.permissions.set(archive.filter(codename__in=[f"view_{model}" for model in MODELS]))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["editor", "viewer"]).delete()


class Migration(migrations.Migration):
    dependencies = [("archive", "0004_history_versions_redirects"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_groups, remove_groups)]
