#!/usr/bin/python3
"""SMTP server for MixDesk's integration tests (aiosmtpd, 127.0.0.1 only).

Usage: smtp_fixture_server.py OUTDIR MODE [CERT KEY]
  MODE: plain | starttls (STARTTLS required, AUTH required) | smtps (implicit TLS, AUTH)
        | reject (plain; refuses recipients whose address starts with "refused")
        | drop (plain; closes the connection after the first line of DATA)
Each accepted message is written byte-exact to OUTDIR/N.eml with its envelope in
OUTDIR/N.json. Prints the port on stdout once it accepts connections.
The user for AUTH is "mixdesk" with password "s3cret-Smtp".
"""
import json
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USER = b"mixdesk"
PASSWORD = b"s3cret-Smtp"


class Handler:
    def __init__(self, outdir, mode):
        self.outdir = outdir
        self.mode = mode
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.mode == "reject" and address.startswith("refused"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.outdir, str(self.count))
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "mail_options": envelope.mail_options,
                       "tls": session.ssl is not None,
                       "authenticated": bool(session.authenticated)}, f)
        os.rename(base + ".eml.part", base + ".eml")
        return "250 Message accepted for delivery"


def authenticator(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword) and auth_data.login == USER \
            and auth_data.password == PASSWORD:
        return AuthResult(success=True)
    return AuthResult(success=False, handled=False)


class DroppingSMTP(SMTP):
    async def smtp_DATA(self, arg):
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        await self._reader.readline()
        self.transport.close()


class FixtureController(Controller):
    def __init__(self, *args, smtp_class=SMTP, **kwargs):
        self.smtp_class = smtp_class
        super().__init__(*args, **kwargs)

    def factory(self):
        return self.smtp_class(self.handler, **self.SMTP_kwargs)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    outdir, mode = sys.argv[1], sys.argv[2]
    handler = Handler(outdir, mode)
    kwargs = {"hostname": "127.0.0.1", "port": free_port(), "enable_SMTPUTF8": True,
              "server_hostname": "smtp.test.example"}
    context = None
    if mode in ("starttls", "smtps"):
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(sys.argv[3], sys.argv[4])
        kwargs.update(authenticator=authenticator, auth_required=True)
    if mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
    elif mode == "smtps":
        kwargs.update(ssl_context=context, auth_require_tls=False)
    smtp_class = DroppingSMTP if mode == "drop" else SMTP
    controller = FixtureController(handler, smtp_class=smtp_class, **kwargs)
    controller.start()
    print(controller.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
