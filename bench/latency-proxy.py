#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that adds a fixed delay each way, so a loopback benchmark can show what a real
network's round trips cost. Only forwards to 127.0.0.1.

usage: latency-proxy.py LISTEN_PORT TARGET_PORT ONE_WAY_DELAY_MS
"""
import asyncio
import sys


async def pipe(reader, writer, delay):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            writer.close()
        except OSError:
            pass


async def handle(client_reader, client_writer, target_port, delay):
    await asyncio.sleep(delay * 2)  # the TCP handshake's round trip
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, server_writer, delay), pipe(server_reader, client_writer, delay))


async def main():
    listen, target, delay_ms = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    server = await asyncio.start_server(lambda r, w: handle(r, w, target, delay_ms / 1000), "127.0.0.1", listen)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
