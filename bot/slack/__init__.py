"""The Slack front end: a Bolt app (``bot.slack.app.build_app``), its listeners, Block Kit (answers in
``blocks``, the digest in ``digest_blocks``), the digest's poster (``digest_post``) and the HTTP and
Socket Mode runners (``bot.slack.runners``). The only package that imports slack_sdk and slack_bolt."""
