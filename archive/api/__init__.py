"""The archive's API contract: an OpenAPI document generated from the code (the shapes the
serializers return, the forms that read query strings, the URL patterns), and its pages."""
