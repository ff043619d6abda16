import { InstrumentList, InstrumentParams, InstrumentRevisionParams, InstrumentVersion } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.js';
import {
  getCurrentInstrument,
  getInstrumentRevision,
  type InstrumentSet,
  listInstruments,
} from './instruments.service.js';

export const instrumentsRoutes: FastifyPluginAsyncZod<{ db: Db; instruments: InstrumentSet }> = async (
  app,
  { db, instruments },
) => {
  app.get(
    '/instruments',
    {
      config: { policy: 'signed_in' },
      schema: {
        tags: ['screening'],
        summary: 'The instruments (WHO ASSIST v3.0, the further assessment) and their stored revisions',
        response: { 200: InstrumentList },
      },
    },
    async () => listInstruments(db, instruments),
  );

  app.get(
    '/instruments/:instrument',
    {
      config: { policy: 'signed_in' },
      schema: {
        tags: ['screening'],
        summary:
          'The definition in force of an instrument: questions and options in Indonesian and English, weights, skip rules, bands, WHO responses',
        params: InstrumentParams,
        response: { 200: InstrumentVersion },
      },
    },
    async (request) => getCurrentInstrument(db, instruments, request.params.instrument),
  );

  app.get(
    '/instruments/:instrument/revisions/:revision',
    {
      config: { policy: 'signed_in' },
      schema: {
        tags: ['screening'],
        summary: 'One stored revision of an instrument: the definition a past screening or assessment was made with',
        params: InstrumentRevisionParams,
        response: { 200: InstrumentVersion },
      },
    },
    async (request) => getInstrumentRevision(db, request.params.instrument, request.params.revision),
  );
};
