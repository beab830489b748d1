"""The Slack front end: a Bolt app (``bot.slack.app.build_app``) and how it is served (``bot.slack.server``)."""
