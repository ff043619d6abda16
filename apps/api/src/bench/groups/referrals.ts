import { uuidv7At } from '../ids.js';
import { REFERRAL_REASONS } from '../names.js';
import { dayOf } from '../world.js';
import { ms, type TableGroup } from './group.js';

/** Consents, referrals between institutions and the accounting of disclosures they imply. */
export const referralsGroup: TableGroup = {
  name: 'referrals',
  tables: [
    {
      name: 'consents',
      columns: [
        'id',
        'beneficiary_id',
        'purpose',
        'categories',
        'recipient_institution_id',
        'given_by',
        'given_on',
        'expires_on',
        'note_cipher',
        'created_at',
        'created_by',
      ],
    },
    {
      name: 'referrals',
      columns: [
        'id',
        'case_id',
        'from_institution_id',
        'to_institution_id',
        'kind',
        'reason_cipher',
        'documents',
        'consent_id',
        'status',
        'due_on',
        'responded_at',
        'responded_by',
        'decline_reason_cipher',
        'outcome_cipher',
        'outcome_reported_at',
        'escalated_at',
        'created_at',
        'created_by',
        'version',
      ],
    },
    {
      name: 'disclosures',
      columns: [
        'id',
        'beneficiary_id',
        'case_id',
        'from_institution_id',
        'recipient_institution_id',
        'purpose',
        'categories',
        'consent_id',
        'disclosed_at',
        'disclosed_by',
      ],
    },
  ],
  person({ cipher }, story, sinks) {
    const random = story.random('referrals');
    // Some people also consent to DTKS matching (social aid), apart from any referral.
    if (random.chance(0.08) && story.episodes[0]) {
      const at = story.episodes[0].openedMs + 86_400_000;
      story.consents.push({
        id: uuidv7At(at, random),
        purpose: 'dtks',
        categories: ['identity'],
        recipientId: null,
        givenOn: dayOf(at),
        expiresOn: dayOf(at + 730 * 86_400_000),
        atMs: at,
        actorId: story.createdBy,
        institutionId: story.institution.id,
      });
    }
    for (const consent of story.consents) {
      sinks
        .table('consents')
        .push([
          consent.id,
          story.id,
          consent.purpose,
          consent.categories,
          consent.recipientId,
          random.chance(0.85) ? 'person' : 'guardian',
          consent.givenOn,
          consent.expiresOn,
          null,
          ms(consent.atMs),
          consent.actorId,
        ]);
    }
    for (const episode of story.episodes) {
      const referral = episode.referral;
      if (!referral) continue;
      const purpose = story.consents.find((consent) => consent.id === referral.consentId)?.purpose ?? 'referral';
      const version = 1 + (referral.respondedMs !== null ? 1 : 0) + (referral.outcomeMs !== null ? 1 : 0);
      sinks
        .table('referrals')
        .push([
          referral.id,
          episode.id,
          referral.fromId,
          referral.toId,
          referral.kind,
          cipher.seal('referrals.reason', REFERRAL_REASONS[referral.target === 'unit' ? 'transfer' : referral.target]),
          ['Hasil skrining ASSIST', 'Surat pengantar'],
          referral.consentId,
          referral.status,
          referral.dueOn,
          referral.respondedMs === null ? null : ms(referral.respondedMs),
          referral.responderId,
          referral.status === 'declined'
            ? cipher.seal('referrals.decline_reason', 'Kapasitas penuh bulan ini (data sintetis).')
            : null,
          referral.outcomeMs === null
            ? null
            : cipher.seal('referrals.outcome', 'Layanan selesai diberikan, klien kembali ke pengirim (data sintetis).'),
          referral.outcomeMs === null ? null : ms(referral.outcomeMs),
          referral.escalatedMs === null ? null : ms(referral.escalatedMs),
          ms(referral.createdMs),
          referral.actorId,
          version,
        ]);
      sinks
        .table('disclosures')
        .push([
          referral.disclosureId,
          story.id,
          episode.id,
          referral.fromId,
          referral.toId,
          purpose,
          ['identity', 'case'],
          referral.consentId,
          ms(referral.createdMs),
          referral.actorId,
        ]);
    }
  },
  audit(_context, story, facts) {
    for (const consent of story.consents) {
      facts.push({
        atMs: consent.atMs,
        actorId: consent.actorId,
        action: 'consent.give',
        entityType: 'consent',
        entityId: consent.id,
        institutionId: consent.institutionId,
        details: { beneficiaryId: story.id, purpose: consent.purpose },
      });
    }
    for (const episode of story.episodes) {
      const referral = episode.referral;
      if (!referral) continue;
      facts.push({
        atMs: referral.createdMs,
        actorId: referral.actorId,
        action: 'referral.create',
        entityType: 'referral',
        entityId: referral.id,
        institutionId: referral.fromId,
        details: { caseId: episode.id, kind: referral.kind, toInstitutionId: referral.toId },
      });
      if (referral.respondedMs !== null && referral.responderId) {
        const cancelled = referral.status === 'cancelled';
        const action = cancelled
          ? 'referral.cancel'
          : referral.status === 'declined'
            ? 'referral.decline'
            : 'referral.accept';
        const changed = cancelled
          ? ['status']
          : referral.status === 'declined'
            ? ['declineReasonCipher', 'status']
            : ['status'];
        facts.push({
          atMs: referral.respondedMs,
          actorId: referral.responderId,
          action,
          entityType: 'referral',
          entityId: referral.id,
          institutionId: cancelled ? referral.fromId : referral.toId,
          changedFields: changed,
        });
      }
      if (referral.outcomeMs !== null && referral.responderId) {
        facts.push({
          atMs: referral.outcomeMs,
          actorId: referral.responderId,
          action: 'referral.outcome',
          entityType: 'referral',
          entityId: referral.id,
          institutionId: referral.toId,
          changedFields: ['outcomeCipher', 'status'],
        });
      }
    }
  },
};
