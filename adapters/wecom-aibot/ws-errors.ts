// Typed refusals of the long connection: a refused aibot_subscribe, a refused frame.
import { describeErrcode } from './ws-frames.js';

/** aibot_subscribe answered with a non-zero errcode. */
export class SubscribeRefusedError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string | undefined,
  ) {
    super(`aibot_subscribe refused: ${describeErrcode(errcode, errmsg)}`);
    this.name = 'SubscribeRefusedError';
  }
}

/** A frame's ack carried a non-zero errcode. */
export class FrameRefusedError extends Error {
  constructor(
    readonly cmd: string,
    readonly errcode: number,
    readonly errmsg: string | undefined,
  ) {
    super(`${cmd} refused: ${describeErrcode(errcode, errmsg)}`);
    this.name = 'FrameRefusedError';
  }
}
