import { rulesetFor, type Answers, type Classification, type ObligationId } from '@/lib/assessment';
import type { AuthorityNote } from '@/lib/assessment/rulesets/authority';

const LICENCES: readonly ObligationId[] = ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'];
const FILINGS: readonly ObligationId[] = ['icp-filing', 'app-filing'];

export type ObligationAuthority = { role: 'licence' | 'filing'; note: AuthorityNote };

/**
 * Who decides each licence and filing of a result, where its ruleset knows where the company is (version 3 on): the
 * licence's authority for the licences, the filing's for the filings; nothing for other obligations or older versions.
 */
export function obligationAuthorities(answers: Answers, c: Classification): (id: ObligationId) => ObligationAuthority | null {
  const authorities = rulesetFor(c.version)?.authorities?.(answers, c) ?? {};
  return (id) => {
    const role = LICENCES.includes(id) ? 'licence' : FILINGS.includes(id) ? 'filing' : null;
    const note = role && authorities[role];
    return role && note ? { role, note } : null;
  };
}
