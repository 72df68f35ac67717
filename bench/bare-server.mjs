// The baseline for the acknowledgement benches: an empty fastify route in a process of
// its own (so it shares no event loop with Baton), answering what Baton's routes answer.
// Prints its URL on stdout and runs until killed.
import Fastify from 'fastify';

const app = Fastify();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_r, b, done) => done(null, b));
app.post('/bare', async () => ({ message: { id: 'x' }, replies: [] }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${url}\n`);
