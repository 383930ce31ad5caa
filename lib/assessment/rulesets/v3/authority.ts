// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import { evaluate } from '../../condition';
import type { Answers, Classification, Confidence } from '../../types';
import type { AuthorityNote, Authorities } from '../authority';
import { IN_PILOT } from './conditions';

const LICENCES = ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'];
const FILINGS = ['icp-filing', 'app-filing'];

/** The province the answers name, or undefined (not asked, or not known). */
function province(answers: Answers): string | undefined {
  const location = answers.location;
  return typeof location === 'string' && location !== 'not-sure' ? location : undefined;
}

function note(basis: AuthorityNote['basis'], confidence: Confidence, answers: Answers): AuthorityNote {
  const p = province(answers);
  return { basis, confidence, ...(p && { province: p }) };
}

/**
 * Who decides, for this result (icp-brief §3.1, §3.2, §3.5, §4.1, §12.1): the licence by the provincial communications
 * administration of the province where the company is registered when it runs the service there alone [H], by MIIT for
 * a cross-regional licence [H], for foreign-invested applicants as reported practice [M] and for the pilot approval [M];
 * the filing by the provincial administration where the sponsor is registered, through the access provider [H].
 */
export function authorities(answers: Answers, classification: Pick<Classification, 'obligations'>): Authorities {
  const needs = (ids: readonly string[]) => classification.obligations.some((o) => ids.includes(o.id));
  const out: { licence?: AuthorityNote; filing?: AuthorityNote } = {};
  if (needs(LICENCES) && answers.operator === 'mainland-company') {
    if (evaluate(IN_PILOT, answers) && ['up-to-50', 'over-50'].includes(answers['foreign-share'] as string))
      out.licence = note('miit-pilot', 'medium', answers);
    else if (['up-to-50', 'over-50'].includes(answers['foreign-share'] as string)) out.licence = note('miit-foreign', 'medium', answers);
    else if (answers.operations === 'several-provinces') out.licence = note('miit-cross-regional', 'high', answers);
    else if (answers.operations === 'one-province')
      out.licence = note(province(answers) ? 'provincial' : 'provincial-unknown', answers.users === 'local' ? 'high' : 'medium', answers);
    else out.licence = note('provincial-or-miit', 'medium', answers);
  }
  if (needs(FILINGS) && answers.hosting !== 'offshore')
    out.filing = note(province(answers) ? 'provincial' : 'provincial-unknown', 'high', answers);
  return out;
}
