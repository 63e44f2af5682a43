"""`python -m ops.oidc_offline --port N`: the mock OpenID provider, with no request off 127.0.0.1.

The provider's login and error pages link a stylesheet on a public CDN. The browser tests fail on
any request to a host other than 127.0.0.1, and a learner may run this offline, so the page is
served without that link (the form still works, unstyled).
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Sequence

import flask
import uvicorn
from oidc_provider_mock import User
from oidc_provider_mock import app as provider_app

# A <link> element whose href leaves the machine.
OUTSIDE_LINK = re.compile(rb"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>", re.IGNORECASE)


# Users offered on the login form with one click. They carry a name and an email, which a name
# typed on the form does not (the provider then sets only `sub`, and `email` to the same text).
DEMO_USERS = (
    User(sub="alice", claims={"name": "Alice Example", "email": "alice@example.test"}),
    User(sub="bob", claims={"name": "Bob Example", "email": "bob@example.test"}),
)


def without_outside_links(response: flask.Response) -> flask.Response:
    """Drop every `<link>` to another host from an HTML page before it is sent."""
    if response.mimetype == "text/html" and not response.direct_passthrough:
        response.set_data(OUTSIDE_LINK.sub(b"", response.get_data()))
    return response


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    # The provider speaks plain HTTP on loopback; Authlib refuses that unless told.
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"
    app = provider_app(user_claims=DEMO_USERS)
    app.after_request(without_outside_links)
    uvicorn.run(app, interface="wsgi", host=args.host, port=args.port, log_config=None)


if __name__ == "__main__":
    main()
