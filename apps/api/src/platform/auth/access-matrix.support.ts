import type { Role } from '@atensi/contracts';
import type { InjectOptions } from 'fastify';
import type { Session } from '../../test/builders.js';
import type { Db } from '../db/database.js';

// The access-matrix test's vocabulary, shared by the sample sets of every module: the test
// (access-matrix.int.test.ts) walks every route of the route table with the sample a module gives for it.

/** Two networks of a Balai and an IPWL, a session per role, and what each role reaches. */
export type World = {
  db: Db;
  balaiA: string;
  ipwlA: string;
  balaiB: string;
  ipwlB: string;
  /** Institutions each role may see (national roles: every one). */
  visible: Record<Role, string[] | 'all'>;
  /** An institution each role may edit (for roles without the permission: one they can see). */
  editable: Record<Role, string>;
  sessions: Record<Role, Session>;
  fresh(role: Role): Promise<Session>;
};

export type Target = 'own' | 'other';
/** Builds the request of one route for a role; `null` when the route has no "other scope" for that role. */
export type Sample = (
  world: World,
  role: Role,
  target: Target,
) => Promise<{ session: Session | null; request: InjectOptions } | null>;

/**
 * A module's samples: one per route it registers (`METHOD /api/v1/path` as in the route table), and, where a
 * route's success or out-of-scope answer is not the usual one, what counts instead.
 */
export type SampleSet = {
  samples: Record<string, Sample>;
  /** Answers other than 2xx that show the caller got past authorisation (422 or 409 from later checks). */
  passedChecks?: Record<string, number[]>;
  /** The out-of-scope answer when it is not 404 (a body naming an institution the caller cannot see: 422). */
  otherScopeStatus?: Record<string, number>;
};

export const uuid = '01930000-0000-7000-8000-000000000000';

export const own = (session: Session | null, request: InjectOptions) => ({ session, request });

/** The caller's institution for scoped reads: an institution they reach (own), or one they do not (other). */
export function institutionFor(w: World, role: Role, target: Target): string | null {
  const visible = w.visible[role];
  if (target === 'own') return visible === 'all' ? w.ipwlB : (visible[visible.length - 1] ?? null);
  return visible === 'all' ? null : w.ipwlB;
}

/** A PATCH or If-Match write: reads the record first for its ETag, as a client does. */
export async function withEtag(session: Session, readUrl: string, request: InjectOptions): Promise<InjectOptions> {
  const read = await session.request({ method: 'GET', url: readUrl });
  const etag = typeof read.headers.etag === 'string' ? read.headers.etag : '"1"';
  return { ...request, headers: { ...(request.headers as Record<string, string>), 'if-match': etag } };
}
