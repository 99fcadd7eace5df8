#!/usr/bin/env python3
"""A small HTTP server for MixDesk's integration tests (RDAP and the like).

Usage: http_fixture_server.py ROUTES.json LOG_FILE [CERT.pem KEY.pem]

ROUTES.json maps a request path to {"status": int, "body": <JSON value or string>,
"delay": seconds, "content_type": str}. Binds 127.0.0.1 on a free port chosen by the
kernel and prints that port on the first line of stdout. Each request path is
appended to LOG_FILE, so tests can count what reached the server. With a certificate
and key it speaks HTTPS. The routes file
is read again on every request, so a test can change answers while it runs.
"""
import http.server
import json
import ssl
import sys
import time

ROUTES, LOG = sys.argv[1], sys.argv[2]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(self.path + "\n")
        with open(ROUTES, encoding="utf-8") as f:
            routes = json.load(f)
        route = routes.get(self.path)
        if route is None:
            route = {"status": 404, "body": {"errorCode": 404, "title": "Not Found"}}
        time.sleep(route.get("delay", 0))
        body = route.get("body", "")
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(route.get("status", 200))
        self.send_header("Content-Type", route.get("content_type", "application/rdap+json"))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, fmt, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
if len(sys.argv) > 4:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
