// Shows the WhatsApp Web login QR in the browser (it is also logged), so an
// operator can link the phone without reading the server's terminal.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { whatsappWebLogin } from '../../adapters.js';
import { consoleGuard } from './guard.js';

export async function whatsappLoginRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.addHook('onRequest', consoleGuard(deps.config));
  app.get('/whatsapp/qr', async (_req, reply) => {
    const login = whatsappWebLogin(deps.adapters);
    if (!login)
      return reply.status(404).send({ error: 'WhatsApp Web is not enabled (WHATSAPP_WEB=true)', code: 'not_found' });
    if (login.state !== 'qr' || !login.qr)
      return reply.type('text/plain; charset=utf-8').send(`WhatsApp Web: ${login.state}`);
    const { default: QRCode } = await import('qrcode'); // only a WhatsApp Web login needs it
    const svg = await QRCode.toString(login.qr, { type: 'svg', margin: 2, width: 320 });
    return reply.type('image/svg+xml').send(svg);
  });
}
