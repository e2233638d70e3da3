import pytest

from .schema import validated


@pytest.fixture
def oai(client):
    """GET /oai/ with these arguments: the response checked against the schemas, parsed."""

    def get(method="get", **arguments):
        response = getattr(client, method)("/oai/", arguments)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        return validated(response.content)

    return get
