import { emptyCabinet } from './assessment-defaults';
import type { Answer, Assessment } from './assessment-schema';
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION, type Role } from './options';
import type { Level, Questionnaire } from './questionnaire-schema';

/** Mulberry32: a small seeded generator, so generated networks are the same on every run. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Northmoor',
  'Eastbridge',
  'Westhaven',
  'Southfield',
  'Lowbury',
  'Highcombe',
  'Ashford Vale',
  'Brackenham',
  'Cresswick',
  'Dunmore',
  'Elmstead',
  'Fairholt',
  'Glenbury',
  'Harwood',
  'Ivybridge Moor',
  'Kestrel Bay',
  'Larkhill',
  'Millbrook',
  'Netherby',
];
const ROLE_CYCLE: Role[] = [
  'officer',
  'vcs',
  'member',
  'vcs',
  'officer',
  'public-partner',
  'member',
  'vcs',
  'officer',
  'other',
];

/**
 * Fictional respondents for benchmarks, tests and demonstrations: `count` assessments spread over
 * `organisations` councils, each council with its own tendency, VCS partners a little more
 * sceptical than officers, and some "don't know" answers.
 */
export function sampleAssessments(
  questionnaire: Questionnaire,
  count: number,
  options: { organisations?: number; seed?: number } = {},
): Assessment[] {
  const orgs = Math.max(1, options.organisations ?? Math.min(count, PLACES.length));
  const random = generator(options.seed ?? 2011);
  const tendency = Array.from({ length: orgs }, () => 0.8 + random() * 2.4);
  const list: Assessment[] = [];
  for (let i = 0; i < count; i += 1) {
    const org = i % orgs;
    const role =
      orgs >= count ? 'officer' : (ROLE_CYCLE[Math.floor(i / orgs) % ROLE_CYCLE.length] as Role);
    const bias = role === 'vcs' ? -0.8 : role === 'member' ? 0.4 : 0;
    const answers: Record<string, Answer> = {};
    for (const t of questionnaire.themes) {
      const themeShift = (random() - 0.5) * 1.2;
      for (const q of t.questions) {
        const roll = random();
        if (roll < 0.05) {
          answers[q.id] = { response: { kind: 'dont-know' }, notes: '', evidence: '' };
          continue;
        }
        const raw = (tendency[org] as number) + bias + themeShift + (random() - 0.5) * 2;
        const level = Math.max(0, Math.min(4, Math.round(raw))) as Level;
        answers[q.id] = {
          response: { kind: 'level', level },
          notes: roll > 0.9 ? 'Discussed at the partnership board.' : '',
          evidence: '',
        };
      }
    }
    const place = PLACES[org % PLACES.length] as string;
    const name =
      org < PLACES.length
        ? `${place} Borough Council`
        : `${place} Borough Council ${Math.floor(org / PLACES.length) + 1}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    list.push({
      format: ASSESSMENT_FORMAT,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: `sample-${String(i + 1).padStart(4, '0')}`,
      name: '',
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      createdAt: `2011-03-${day}T09:00:00.000Z`,
      updatedAt: `2011-03-${day}T10:00:00.000Z`,
      about: {
        organisation: name,
        respondentOrganisation: '',
        authorityType: 'metropolitan',
        role,
        date: `2011-03-${day}`,
        marking: 'OFFICIAL',
      },
      answers,
      targets: {},
      plan: [],
      settings: { hideOverall: false },
      baseline: null,
      cabinet: emptyCabinet(),
    });
  }
  return list;
}
