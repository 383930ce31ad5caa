// The throughput baseline: a minimal Node HTTP server answering every request with the HTML read from stdin
// (the home page as `next start` serves it). Started by http.ts as its own process: `baseline-server.ts <port>`.
import http from 'node:http';

const port = Number(process.argv[2]);
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const body = Buffer.concat(chunks);

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  response.end(body);
});
server.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => process.exit(0));
