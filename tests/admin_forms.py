"""POST data for a Django admin change form, with its inlines, as the browser would send it."""


def _form_data(form) -> dict:
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if callable(value):
            value = value()
        value = (
            "on" if value is True else "" if value in (None, False) else field.prepare_value(value)
        )
        if (
            value == ""
            and isinstance(value, str)
            and getattr(field, "widget", None).__class__.__name__ == "CheckboxInput"
        ):
            continue
        data[form.add_prefix(name)] = value
    return {k: v for k, v in data.items() if v != ""} | {k: "" for k, v in data.items() if v == ""}


def change_form_data(response) -> dict:
    context = response.context
    data = _form_data(context["adminform"].form)
    for inline in context.get("inline_admin_formsets", []):
        formset = inline.formset
        data.update(
            {
                formset.management_form.add_prefix(k): v
                for k, v in formset.management_form.initial.items()
            }
        )
        for form in formset.forms:
            data.update(_form_data(form))
    return {k: v for k, v in data.items() if v is not None}
