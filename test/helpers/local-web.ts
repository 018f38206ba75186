import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A web server on 127.0.0.1 and a free port, standing in for the web in tests: each path answers as its route says. */
export async function startLocalWeb(routes: Record<string, Route>): Promise<{ base: string; seen: IncomingMessage[]; close: () => Promise<void> }> {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(request);
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not here</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A free port nothing listens on (a server is opened on it, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const ARTICLE_HTML = (canonical: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour vote passes | Port Ellis Post</title><link rel="canonical" href="${canonical}">
<meta property="og:site_name" content="Port Ellis Post"><meta property="article:published_time" content="2024-05-06T08:00:00Z"></head>
<body><article><h1>Harbour vote passes</h1><p>By Mara Ellison</p>
<p>The council of Port Ellis voted on Sunday night to widen the old harbour, ending a dispute that had run for six years and split the town.</p>
<p>Nine members backed the plan and two opposed it. Work is due to begin in the spring, the harbour master said after the vote.</p>
</article></body></html>`;
