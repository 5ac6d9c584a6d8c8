/** The connection itself: feature negotiation, no-ack mode, extended mode, and the
 *  replies for packets nobody handles. */
import type { ProtocolModule } from './module.ts';

const EINVAL_REPLY = 'E16';

export const core: ProtocolModule = {
  name: 'core',
  handlers: {
    qSupported: (cmd, s) => {
      const f = cmd.features;
      s.gdb.multiprocess = f.get('multiprocess') === true;
      s.gdb.swbreak = f.get('swbreak') === true;
      s.gdb.hwbreak = f.get('hwbreak') === true;
      s.gdb.errorMessages = f.get('error-message') === true;
      return s.supported();
    },
    vMustReplyEmpty: () => '',
    startNoAckMode: (_cmd, s) => {
      s.link.startNoAckMode();
      return null;
    },
    extendedMode: (_cmd, s) => {
      s.extended = true;
      return 'OK';
    },
    traceStatus: () => '',
    unknown: (cmd, s) => {
      if (s.trace) s.log.debug(`unsupported packet "${cmd.name}"`);
      return '';
    },
    malformed: (cmd, s) => {
      s.log.warn(`malformed ${cmd.name} packet: ${cmd.reason}`);
      return EINVAL_REPLY;
    },
  },
  features: (s) => [`PacketSize=${s.maxPayload.toString(16)}`, 'QStartNoAckMode+', 'multiprocess+'],
};
