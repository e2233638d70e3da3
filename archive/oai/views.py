"""The endpoint: arguments in, one OAI-PMH document out. Errors answer 200, as the protocol says."""

from django.conf import settings
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import protocol, rendering, verbs

# The request is echoed after every error but these: their arguments may not be echoed.
_NOT_ECHOED = {"badVerb", "badArgument"}


@csrf_exempt  # harvesters POST the same arguments as GET (application/x-www-form-urlencoded)
@require_http_methods(["GET", "POST"])
def oai(request):
    arguments = dict((request.POST if request.method == "POST" else request.GET).lists())
    site = verbs.Site(
        base_url=request.build_absolute_uri(request.path),
        repository=repository_identifier(request),
        absolute=request.build_absolute_uri,
    )
    with translation.override("vi"):  # the records are Vietnamese whatever the reader's language
        try:
            parsed = protocol.parse(arguments)
            content = verbs.answer(parsed, site)
            echoed = {"verb": parsed.verb, **parsed.arguments}
        except protocol.OaiError as error:
            content = rendering.error(error.code, error.message)
            echoed = {} if error.code in _NOT_ECHOED else _as_given(arguments)
    body = rendering.document(site.base_url, echoed, content)
    return HttpResponse(body, content_type="text/xml; charset=utf-8")


def repository_identifier(request) -> str:
    """The `<host>` in `oai:<host>:meeting/<id>`: OAI_REPOSITORY_IDENTIFIER, else the host name."""
    return (
        getattr(settings, "OAI_REPOSITORY_IDENTIFIER", "")
        or split_domain_port(request.get_host())[0]
    )


def _as_given(arguments: dict[str, list[str]]) -> dict[str, str]:
    return {name: values[0] for name, values in arguments.items()}
