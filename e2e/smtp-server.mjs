// A real SMTP server on loopback for Kalm's delivery tests (npm smtp-server).
//
//   node smtp-server.mjs --dir DIR [--port 0] [--fail-first N] [--code 451] [--delay-ms 0]
//
// Writes each accepted message to DIR/<n>.eml, answers the first N messages
// with CODE (451: try again later; 550: rejected) instead, and prints
// "listening on PORT" once it accepts connections. It stops on SIGTERM.
// With --delay-ms, each accepted message is written at once but answered
// only after that delay: a slow server, for lease tests.
import { SMTPServer } from 'smtp-server';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const dir = args.dir;
if (!dir) {
  console.error('usage: node smtp-server.mjs --dir DIR [--port 0] [--fail-first N] [--code 451] [--delay-ms 0]');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
let failuresLeft = Number(args['fail-first'] ?? 0);
const code = Number(args.code ?? 451);
const delay = Number(args['delay-ms'] ?? 0);
let accepted = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // No reverse DNS of the client: this machine may have no resolver.
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        const error = new Error(code >= 500 ? 'mailbox unavailable' : 'try again later');
        error.responseCode = code;
        return callback(error);
      }
      accepted += 1;
      writeFileSync(join(dir, `${String(accepted).padStart(4, '0')}.eml`), Buffer.concat(chunks));
      return delay > 0 ? setTimeout(callback, delay) : callback();
    });
  },
});

server.listen(Number(args.port ?? 0), '127.0.0.1', () => {
  console.log(`listening on ${server.server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
