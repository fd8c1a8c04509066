// Preloaded into the embedded pouchdb-server process: ends it when the parent that started it goes
// away, so a crashed launcher or test run never leaves a server holding the port and the data lock.

// The parent keeps our stdin open for its whole life; end-of-file means it has exited.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

// pouchdb-server itself only handles SIGINT; make SIGTERM just as clean.
process.on('SIGTERM', () => process.exit(0));
