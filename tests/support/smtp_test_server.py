#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for NetCode Desk's mail tests (Debian's python3-aiosmtpd).

Prints "PORT <n>" on stdout once it accepts connections, writes every message it accepts to
--dir as NNN.eml (the bytes as received) with NNN.json (envelope sender and recipients), and
stops when stdin closes or on SIGTERM.

--security starttls (default): STARTTLS offered and required before AUTH and MAIL.
--security tls: TLS from the first byte (what smtps:// expects).
--security none: no STARTTLS offered at all (a client that requires TLS must give up).
--cert-dir DIR: cert.pem and key.pem for 127.0.0.1/localhost, made there with the openssl
  command when missing (self-signed: the test trusts cert.pem, or deliberately does not).
--cert-name NAME: the certificate names only NAME (not 127.0.0.1): a host name mismatch.
--user/--password: AUTH PLAIN/LOGIN required before MAIL; a wrong login gets 535.
--reject ADDRESS: RCPT TO that address gets 550 (repeatable).
--slow SECONDS: the reply to EHLO comes that much later (a server too slow to wait for).
--slow-data SECONDS: the message is stored (NNN.eml appears) and only then, that much later,
  comes the reply to its data, as a real server stores a message before it answers.
"""

import argparse
import asyncio
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def make_certificate(directory, name):
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    if not (os.path.exists(cert) and os.path.exists(key)):
        os.makedirs(directory, exist_ok=True)
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=" + (name or "localhost"),
             "-addext", "subjectAltName=" + ("DNS:" + name if name else "DNS:localhost,IP:127.0.0.1"),
             "-keyout", key, "-out", cert],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, directory, rejected, slow, slow_data=0):
        self.directory = directory
        self.rejected = {address.lower() for address in rejected}
        self.slow = slow
        self.slow_data = slow_data
        self.count = 0
        self.lock = threading.Lock()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        if self.slow > 0:
            await asyncio.sleep(self.slow)
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 <%s>: Recipient address rejected: no such mailbox" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.directory, "%03d" % self.count)
        with open(name + ".eml.part", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        with open(name + ".json", "w") as out:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "tls": session.ssl is not None,
                       "login": (session.auth_data.login.decode()
                                 if isinstance(session.auth_data, LoginPassword) else None)}, out)
        os.replace(name + ".eml.part", name + ".eml")  # complete when it appears
        if self.slow_data > 0:
            await asyncio.sleep(self.slow_data)
        return "250 2.0.0 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert-dir", required=True)
    parser.add_argument("--security", choices=["starttls", "tls", "none"], default="starttls")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--slow", type=float, default=0)
    parser.add_argument("--slow-data", type=float, default=0)
    parser.add_argument("--cert-name", default="")
    args = parser.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    cert, key = make_certificate(args.cert_dir, args.cert_name)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    kwargs = {"hostname": "127.0.0.1", "port": free_port(), "server_hostname": "localhost"}
    if args.user:
        kwargs.update(authenticator=authenticator, auth_required=True)
    if args.security == "starttls":
        kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
    elif args.security == "tls":
        kwargs.update(ssl_context=context, auth_require_tls=False)
    else:
        kwargs.update(auth_require_tls=False)

    controller = Controller(Handler(args.dir, args.reject, args.slow, args.slow_data), **kwargs)
    controller.start()
    print("PORT %d" % controller.port, flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def watch_stdin():
        sys.stdin.read()  # returns when the test closes it or ends
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
