#!/usr/bin/env python3
"""A real SMTP server on loopback for afterview's tests.

Tests send real mail to it instead of to a mock transport, so the SMTP
dialogue, the dot-stuffing and the bytes on the wire are the real thing. It
is an aiosmtpd Controller (pip install aiosmtpd) that:

  * binds 127.0.0.1 on a free port and writes that port to --port-file once
    it answers, so parallel tests never fight over a port;
  * stores each accepted message in --maildir as one file, the exact bytes
    received after the DATA command (written to a temporary name and then
    renamed, so a reader never sees half a message);
  * can wait before answering DATA (--delay-data, after storing the message:
    a server that has the letter when the client gives up or is killed),
    refuse DATA (--refuse-data "550 5.7.1 ..."), refuse every recipient
    (--refuse-rcpt "550 5.1.1 ..."), or require AUTH PLAIN/LOGIN
    (--auth USER:PASS, allowed without TLS since it is loopback);
  * can speak TLS with a fresh self-signed certificate for localhost and
    127.0.0.1 (--tls starttls or --tls implicit, made with the openssl
    command), which no client should trust: tests use it to check that
    certificates are verified;
  * exits by itself after --lifetime seconds, so no stray server outlives a
    test run even when the test harness is killed.

The Rust harness beside it (smtp.rs) starts and stops it.
"""

import argparse
import asyncio
import itertools
import os
import ssl
import subprocess
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    """Stores, delays or refuses each message, as the options say."""

    def __init__(self, maildir, delay_data, refuse_data, refuse_rcpt):
        self.maildir = maildir
        self.refuse_rcpt = refuse_rcpt
        self.delay_data = delay_data
        self.refuse_data = refuse_data
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_data:
            # A refused message is not kept: the test checks that nothing
            # was delivered.
            return self.refuse_data
        n = next(self.counter)
        name = "%06d.eml" % n
        tmp = os.path.join(self.maildir, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(envelope.original_content)
        os.replace(tmp, os.path.join(self.maildir, name))
        if self.delay_data > 0:
            await asyncio.sleep(self.delay_data)
        return "250 OK queued as sink-%d" % n


class Authenticator:
    """Accepts exactly one user name and password."""

    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user
            and auth_data.password == self.password
        )
        return AuthResult(success=ok, handled=False)


class LoopbackController(Controller):
    """A Controller that binds port 0 and learns which port it got.

    aiosmtpd's Controller connects to its own port to check that the server
    is up; with port 0 it would connect to port 0, so the real port is read
    from the listening socket first.
    """

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def self_signed_context(folder):
    """A server TLS context with a new self-signed certificate."""
    cert = os.path.join(folder, "cert.pem")
    key = os.path.join(folder, "key.pem")
    subprocess.run(
        [
            "openssl", "req", "-x509", "-nodes", "-days", "1",
            "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-keyout", key, "-out", cert,
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port-file", required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--delay-data", type=float, default=0.0)
    p.add_argument("--refuse-data", default=None)
    p.add_argument("--refuse-rcpt", default=None)
    p.add_argument("--auth", default=None, metavar="USER:PASS")
    p.add_argument("--tls", choices=["starttls", "implicit"], default=None)
    p.add_argument("--lifetime", type=float, default=120.0)
    args = p.parse_args()

    os.makedirs(args.maildir, exist_ok=True)
    handler = Sink(args.maildir, args.delay_data, args.refuse_data, args.refuse_rcpt)
    kwargs = {}
    if args.auth is not None:
        user, _, password = args.auth.partition(":")
        kwargs.update(
            authenticator=Authenticator(user, password),
            auth_required=True,
            auth_require_tls=False,
        )
    if args.tls is not None:
        ctx = self_signed_context(os.path.dirname(os.path.abspath(args.port_file)))
        if args.tls == "starttls":
            kwargs.update(tls_context=ctx, require_starttls=True)
        else:
            kwargs.update(ssl_context=ctx)
    controller = LoopbackController(
        handler, hostname="127.0.0.1", port=0, ready_timeout=10.0, **kwargs
    )
    controller.start()

    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % controller.port)
    os.replace(tmp, args.port_file)
    print("smtp_server: listening on 127.0.0.1:%d" % controller.port, file=sys.stderr)

    # Sleep in the main thread until the lifetime is over or we are killed.
    threading.Event().wait(args.lifetime)
    print("smtp_server: lifetime over, exiting", file=sys.stderr)
    controller.stop()


if __name__ == "__main__":
    main()
