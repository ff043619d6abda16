// The floor of the embedded benchmark: the same `npm run` and Node start as `npm start`, serving one bare 200.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3192);
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"status":"ok"}');
}).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
