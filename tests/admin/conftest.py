import pytest
from django.contrib.auth.models import Group, User
from django.test import Client


@pytest.fixture
def editor(db, permission_groups):
    user = User.objects.create_user("editor", password="a long editor passphrase", is_staff=True)
    user.groups.add(Group.objects.get(name="editor"))
    return user


@pytest.fixture
def editor_client(editor):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(editor)
    return client


@pytest.fixture
def viewer_client(db, permission_groups):
    user = User.objects.create_user("viewer", password="a long viewer passphrase", is_staff=True)
    user.groups.add(Group.objects.get(name="viewer"))
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client
