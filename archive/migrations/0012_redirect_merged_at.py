from django.db import migrations, models

MODELS = ("agreementredirect", "leaderredirect", "meetingredirect")


class Migration(migrations.Migration):
    """When each merge happened. Rows from before stay empty: added as a plain nullable column
    first, since adding an auto_now_add column would stamp every old row with today."""

    dependencies = [
        ("archive", "0011_archive_stamp"),
    ]

    operations = [
        *(
            migrations.AddField(
                model_name=name,
                name="merged_at",
                field=models.DateTimeField(null=True, verbose_name="merged at"),
            )
            for name in MODELS
        ),
        *(
            migrations.AlterField(
                model_name=name,
                name="merged_at",
                field=models.DateTimeField(auto_now_add=True, null=True, verbose_name="merged at"),
            )
            for name in MODELS
        ),
    ]
