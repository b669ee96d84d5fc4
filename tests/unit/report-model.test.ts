// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment-schema';
import { buildReportModel } from '../../src/domain/report-model';
import { effectiveTargets, scoreAssessment } from '../../src/domain/scoring';
import { draftPlan } from '../../src/domain/priorities';
import { fixture } from '../fixtures/report/load';

const { bank, assessment, notes } = fixture();
const model = buildReportModel(bank, assessment, notes);
const theme = (id: string) => {
  const t = model.themes.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const withChanges = (change: Partial<Assessment>) =>
  buildReportModel(bank, { ...assessment, ...change }, notes);

describe('report model: cover', () => {
  it('gives the organisation, the date in words, the role and authority labels, the bank and the marking', () => {
    expect(model.cover).toMatchObject({
      title: 'Big Society Readiness report',
      organisation: 'Fernbridge District Council',
      dateLabel: '2 October 2026',
      role: 'Council officer',
      authorityType: 'District council',
      bank: {
        id: 'big-society-readiness',
        version: '0.9.0',
        label: 'Big Society Readiness, version 0.9.0 (big-society-readiness)',
      },
      marking: 'OFFICIAL-SENSITIVE',
    });
  });

  it('has no marking to print when the assessment says "No marking"', () => {
    expect(
      withChanges({ about: { ...assessment.about, marking: 'none' } }).cover.marking,
    ).toBeNull();
  });

  it('fills the PDF metadata from the organisation and date', () => {
    expect(model.meta.title).toBe('Big Society Readiness report: Fernbridge District Council');
    expect(model.meta.author).toBe('Fernbridge District Council');
    expect(model.meta.subject).toContain('2 October 2026');
  });
});

describe('report model: executive summary', () => {
  it('gives the overall band as the mean of the theme scores that exist', () => {
    // (50 + 33.3 + 50 + 66.7) / 4: the centralism theme has no score and is left out.
    expect(model.summary.overall).toMatchObject({ scoreLabel: '50', band: 'Developing' });
    expect(model.summary.overall?.score).toBeCloseTo(50, 9);
  });

  it('gives no overall band when the council hid it', () => {
    const hidden = withChanges({ settings: { hideOverall: true } });
    expect(hidden.summary.overall).toBeNull();
    expect(hidden.summary.overallHidden).toBe(true);
  });

  it('draws current against target per theme: chosen targets, else one level above the band', () => {
    expect(
      model.summary.radar.map((r) => [
        r.themeId,
        r.current === null ? null : Math.round(r.current),
        r.target,
      ]),
    ).toEqual([
      ['accountability', 50, 80], // target chosen: Leading, from 80
      ['capacity', 33, 40], // Emerging → Developing, from 40
      ['motivation', 50, 60], // Developing → Established, from 60
      ['centralism', null, 20], // no score → Emerging, from 20
      ['strategic-planning', 67, 80], // Established → Leading, from 80
    ]);
  });

  it('lists the top three priorities: critical gaps first, then the largest weighted gap', () => {
    expect(model.summary.priorities.map((p) => [p.number, p.questionId, p.critical])).toEqual([
      ['2.1', 'capacity.grant-exposure', true], // weight 2 × (2 − 0) = 4
      ['1.1', 'accountability.community-delivery-scrutiny', true], // 1 × (4 − 1) = 3
      ['1.3', 'accountability.member-role', false], // 2 × (4 − 2) = 4
    ]);
    expect(model.summary.priorities[0]).toMatchObject({
      themeTitle: 'Capacity',
      levelLabel: '0 Not started',
      targetLabel: 'target: Developing (40 or more)',
    });
  });

  it('counts critical and evidence gaps', () => {
    expect(model.summary.criticalGapCount).toBe(2);
    expect(model.summary.evidenceGapCount).toBe(2);
  });
});

describe('report model: theme sections', () => {
  it('gives score, band, coverage and target for each theme', () => {
    expect(theme('capacity')).toMatchObject({
      number: 2,
      scoreLabel: '33',
      band: 'Emerging',
      coverageLabel: '2 of 3 questions answered with a level (67%)',
      provisional: false,
      targetLabel: 'target: Developing (40 or more)',
      targetText: 'Developing (40 or more)',
      targetScore: 40,
    });
  });

  it('marks a theme under 60% coverage as provisional, and a theme without levels as having no score', () => {
    expect(theme('motivation').provisional).toBe(true);
    expect(theme('centralism')).toMatchObject({
      score: null,
      scoreLabel: 'No score',
      band: null,
      provisional: false,
    });
  });

  it('gives each question its level for the bar and its answer in words', () => {
    expect(theme('capacity').questions.map((q) => [q.number, q.level, q.answerLabel])).toEqual([
      ['2.1', 0, '0 Not started'],
      ['2.2', null, 'Don’t know'],
      ['2.3', 4, '4 Leading'],
    ]);
    expect(theme('centralism').questions[1]).toMatchObject({
      response: 'unanswered',
      answerLabel: 'Not answered',
      descriptor: null,
    });
  });

  it('finds the critical gaps, evidence gaps and strengths of each theme', () => {
    const ids = (list: { questionId: string }[]) => list.map((f) => f.questionId);
    expect(ids(theme('accountability').findings.criticalGaps)).toEqual([
      'accountability.community-delivery-scrutiny',
    ]);
    expect(ids(theme('capacity').findings.evidenceGaps)).toEqual(['capacity.skills']);
    expect(ids(theme('strategic-planning').findings.strengths)).toEqual([
      'strategic-planning.vcs-plans',
      'strategic-planning.merged-approach',
    ]);
    expect(theme('motivation').findings.strengths).toEqual([]);
  });

  it('keeps the notes and evidence the respondent wrote, and only the questions with some', () => {
    const written = theme('accountability').written;
    expect(written.map((q) => q.id)).toEqual([
      'accountability.community-delivery-scrutiny',
      'accountability.transparency',
    ]);
    expect(written[0]?.notes).toContain('£141m');
    expect(written[0]?.evidence).toBe('Scrutiny minutes, 3 March 2026.');
  });

  it('shows the previous score of each theme for a re-assessment', () => {
    const again = withChanges({
      baseline: {
        assessmentId: 'earlier',
        date: '2025-10-01',
        answers: {
          'capacity.grant-exposure': {
            response: { kind: 'level', level: 2 },
            notes: '',
            evidence: '',
          },
        },
        targets: {},
      },
    });
    const capacity = again.themes.find((t) => t.id === 'capacity');
    expect(capacity?.previous).toEqual({ date: '1 October 2025', score: 50, scoreLabel: '50' });
    expect(again.summary.reading.at(-1)).toBe(
      'Since the previous assessment on 1 October 2025, Capacity fell back.',
    );
  });
});

describe('report model: action plan and appendix', () => {
  it('prints the plan the council wrote, with labels for priority, status and date', () => {
    expect(model.plan.drafted).toBe(false);
    expect(model.plan.actions).toHaveLength(assessment.plan.length);
    expect(model.plan.actions[0]).toMatchObject({
      id: 'p1',
      text: 'Agree a proportionate accountability framework for community-delivered services.',
      themeTitle: 'Accountability',
      priority: 'High',
      owner: 'Head of Policy',
      due: '31 Mar 2027',
      status: 'In progress',
      measure: 'Framework adopted by cabinet',
      needsOwner: false,
    });
    expect(model.plan.actions[0]?.cells.slice(1)).toEqual([
      'High',
      'Head of Policy',
      '31 Mar 2027',
      'Not stated',
      'In progress',
    ]);
  });

  it('falls back to the draft plan from the priorities when the council has written none', () => {
    const drafted = withChanges({ plan: [] });
    const expected = draftPlan(
      bank,
      assessment,
      effectiveTargets(scoreAssessment(bank, assessment), assessment.targets),
    );
    expect(drafted.plan.drafted).toBe(true);
    expect(drafted.plan.actions.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(drafted.plan.actions[0]?.text).toBe(
      'Agree a first step on grant exposure with the voluntary sector.',
    );
  });

  it('gives every answer its level descriptor, and a "Not applicable" answer its reason', () => {
    const q = theme('strategic-planning').questions[0];
    expect(q?.descriptor).toBe(bank.themes[4]?.questions[0]?.levels[3]);
    expect(theme('motivation').questions[1]).toMatchObject({
      answerLabel: 'Not applicable',
      descriptor: 'Covered by the county’s campaign.',
    });
  });

  it('includes the scoring method', () => {
    expect(model.method.join(' ')).toMatch(/coverage under 60% is shown as provisional/);
  });
});

describe('report model: sources', () => {
  it('lists cited sources in order of first citation, with the questions that cite them by number', () => {
    expect(model.sources.map((s) => [s.id, s.citedBy])).toEqual([
      [
        'lgiu-policy-briefing',
        ['1.1', '1.2', '1.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '5.3'],
      ],
      ['acevo-liverpool-letter', ['2.1', '2.2', '2.3']],
    ]);
  });

  it('takes the title from the note and turns its Markdown into blocks, leaving out its own "Cited by" list', () => {
    const lgiu = model.sources[0];
    expect(lgiu?.title).toBe('LGiU policy briefing on the Big Society');
    expect(lgiu?.blocks).toContainEqual({
      kind: 'bullets',
      items: [
        '22% of people volunteer regularly (2009 Place Survey).',
        '29% feel they can influence local decisions.',
        'National strategic partners were cut from 45 to 15.',
      ],
    });
    expect(lgiu?.blocks.some((b) => b.kind === 'heading' && b.text === 'Cited by')).toBe(false);
    expect(lgiu?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Who and when: Local Government Information Unit (LGiU), policy briefing for England and Wales, early 2011.',
    });
  });

  it('still lists a cited source that has no note, under its id', () => {
    const bare = buildReportModel(bank, assessment, []);
    expect(bare.sources.map((s) => [s.id, s.title, s.blocks.length])).toEqual([
      ['lgiu-policy-briefing', 'lgiu-policy-briefing', 0],
      ['acevo-liverpool-letter', 'acevo-liverpool-letter', 0],
    ]);
  });
});

describe('report model: the cabinet summary does not praise what is not claimed', () => {
  const everyQuestion = bank.themes.flatMap((t) => t.questions.map((q) => q.id));
  const allAt = (level: 0 | 1 | 3) =>
    Object.fromEntries(
      everyQuestion.map((id) => [
        id,
        { response: { kind: 'level' as const, level }, notes: '', evidence: 'Minutes' },
      ]),
    );

  it('says no strength is claimed when nothing is at level 3 or 4', () => {
    const findings = withChanges({ answers: allAt(1) }).cabinet.findings;
    expect(findings.at(-1)).toBe(
      'No question is answered at level 3 or 4 yet, so no strength is claimed.',
    );
    expect(findings.join(' ')).not.toContain('Every strength claimed');
  });

  it('says every strength is evidenced when strengths are claimed with evidence', () => {
    expect(withChanges({ answers: allAt(3) }).cabinet.findings.at(-1)).toBe(
      'Every strength claimed is backed by evidence recorded in the assessment.',
    );
  });
});
