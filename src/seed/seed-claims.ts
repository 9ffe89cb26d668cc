// The seed debate's argument, as data: each claim in neutral words, where it is said (exact
// words in the post or a comment) and what it supports or attacks. seed-debate.ts turns this into
// claims, relations and anchors. Modelling choices are explained at the top of seed-debate.ts.
import type { RelationKind } from '../domain/model';

export type SourceName = 'post' | 'comment-1' | 'comment-2';

export interface ClaimSpec {
  id: string;
  text: string;
  /** Where the claim is said: exact words in the post or a comment (each must occur once). */
  said: readonly (readonly [SourceName, string])[];
  /** The claims this one supports or attacks. */
  links: readonly (readonly [RelationKind, string])[];
}

const NBSP = '\u00a0';

export const SEED_CLAIMS: readonly ClaimSpec[] = [
  // The post: the author's thesis and what bears on it.
  {
    id: 'thesis',
    text: 'Efforts to involve residents in public services risk a model even more patronising and paternalistic than the old one.',
    said: [
      [
        'post',
        'we’re in danger of replacing the old model with something that is even more patronising and paternalistic',
      ],
      ['post', 'We are being participated whether we like it or not'],
    ],
    links: [],
  },
  {
    id: 'done-to',
    text: 'Advocates of the Big Society and Social Productivity do things to people rather than with them.',
    said: [
      [
        'post',
        'we are very much being done to by advocates of the Big Society and Social Productivity',
      ],
    ],
    links: [['supports', 'thesis']],
  },
  {
    id: 'same-thing',
    text: 'Efforts to involve local residents and service users can end up doing things to them, just as the old model did.',
    said: [
      [
        'post',
        'efforts to involve local residents and users of public services can end up doing the same thing',
      ],
    ],
    links: [
      ['attacks', 'co-production'],
      ['supports', 'thesis'],
    ],
  },
  {
    id: 'co-production',
    text: 'Co-production and participative networks can improve public services.',
    said: [
      ['post', `I have a good deal of sympathy for${NBSP}co-production`],
      ['post', 'I am all for creating participative networks'],
    ],
    links: [['attacks', 'thesis']],
  },
  {
    id: 'old-model',
    text: 'The traditional model of service delivery does things to people.',
    said: [
      [
        'post',
        'the traditional service delivery model that, as Reed rightly put it, is always ‘doing things to you’',
      ],
    ],
    links: [['supports', 'co-production']],
  },
  // Reed's case and the author's rebuttal of it.
  {
    id: 'citizen-led',
    text: 'Citizen-led public services put people in charge of their own destinies.',
    said: [
      [
        'post',
        'Reed wants to see ‘citizen-led’ public services that put people ‘in charge of their own destinies’',
      ],
    ],
    links: [['attacks', 'thesis']],
  },
  {
    id: 'state-resources',
    text: 'The council should hand the state’s resources to the community rather than send in experts to tackle gang violence.',
    said: [
      [
        'post',
        `Instead of continuing to send in${NBSP}so-called experts to tackle the problem of gang violence he is ‘handing the resources of the state to the community’`,
      ],
    ],
    links: [['supports', 'citizen-led']],
  },
  {
    id: 'brixton',
    text: 'Residents of Brixton’s estates are best placed to solve the problem of gang violence.',
    said: [
      [
        'post',
        'Those living on the brutalised estates of Brixton, he argues, are best placed to solve the problem',
      ],
    ],
    links: [['supports', 'state-resources']],
  },
  {
    id: 'reed-contradiction',
    text: 'Reed contradicts himself: people cannot be in charge of their own destinies if most are said to lack the capacity to participate.',
    said: [['post', 'Reed went on to contradict himself']],
    links: [
      ['attacks', 'citizen-led'],
      ['attacks', 'brixton'],
    ],
  },
  {
    id: 'middle-classes',
    text: 'The middle classes have the capacity to participate if they choose to.',
    said: [['post', 'the middle classes ‘have the capacity to participate if they choose to’']],
    links: [['supports', 'reed-contradiction']],
  },
  {
    id: 'rest-lack-ability',
    text: 'Singling out the middle classes implies that everyone else lacks the ability to take part in society without prompting and support.',
    said: [
      ['post', 'Does that mean that the rest of us lack the ability to take part in society'],
      [
        'post',
        'we’re just not up to doing things for ourselves because we need prompting and ‘supporting’',
      ],
    ],
    links: [['supports', 'reed-contradiction']],
  },
  {
    id: 'very-excluded',
    text: 'The ‘very excluded’ need capacity put into them by a new cadre of facilitators.',
    said: [
      ['post', `the plan for the ‘very excluded’ ${NBSP}is to ‘put capacity into them’`],
      ['post', 'training up a ‘new cadre of facilitators’'],
    ],
    links: [['supports', 'reed-contradiction']],
  },
  {
    id: 'utopian',
    text: 'It would be Utopian to expect the Big Society to spring up by itself.',
    said: [['post', 'it would be Utopian to imagine the Big Society just ‘springing up’']],
    links: [['supports', 'very-excluded']],
  },
  {
    id: 'arab-spring',
    text: 'The Arab Spring shows that people can organise themselves without trained facilitators.',
    said: [['post', 'Tell that to the participants in the Arab Spring']],
    links: [['attacks', 'utopian']],
  },
  // Comment 1: the state should fund, not provide.
  {
    id: 'state-retreat',
    text: 'The Big Society requires the state to stop providing services and retreat to funding them.',
    said: [
      [
        'comment-1',
        'requires the state to get out of the provision of services and retreat to funding them',
      ],
    ],
    links: [],
  },
  {
    id: 'funding-means',
    text: 'Services can be funded through social insurance for healthcare, vouchers for education and personal funding plans for disability and elderly care.',
    said: [
      [
        'comment-1',
        'Social insurance to fund healthcare, vouchers for education, personal funding plans for disabilities and elderly care',
      ],
    ],
    links: [['supports', 'state-retreat']],
  },
  {
    id: 'germany',
    text: 'In Germany, where services are funded this way, nobody cares who owns and runs the hospitals.',
    said: [
      [
        'comment-1',
        'get to where Germany are, where nobody actually cares who owns and runs their hospitals',
      ],
    ],
    links: [['supports', 'state-retreat']],
  },
  // Comment 2: the 2020 Public Services Hub's reply (the page does not name the commenter).
  {
    id: 'unequal-outcomes',
    text: 'Co-production risks increasingly unequal outcomes, as those with the most resources and the sharpest elbows make the most of it.',
    said: [
      [
        'comment-2',
        'the risk of increasingly unequal social outcomes as those with the strongest capabilities, the most resources and the sharpest elbows make the most of their co-productive opportunities',
      ],
    ],
    links: [
      ['supports', 'against-shrinkage'],
      ['attacks', 'co-production'],
    ],
  },
  {
    id: 'against-shrinkage',
    text: 'Reform should not assume that the state will shrink or withdraw.',
    said: [
      [
        'comment-2',
        'critical of any narrative that automatically assumes state shrinkage or withdrawal',
      ],
    ],
    links: [['attacks', 'state-retreat']],
  },
  {
    id: 'interaction-value',
    text: 'The interaction between state and citizen is what generates social value and unlocks new resources.',
    said: [
      [
        'comment-2',
        'it is the interaction between state and citizen that will generate social value and unlock new resources',
      ],
    ],
    links: [['supports', 'against-shrinkage']],
  },
  {
    id: 'state-engagement',
    text: 'The challenge for reformers is to change how the state engages with citizens, not to get the state out of the way.',
    said: [
      [
        'comment-2',
        'is not ‘getting the state out of the way’, as much as changing the way the state engages with its citizens',
      ],
    ],
    links: [['attacks', 'state-retreat']],
  },
  {
    id: 'rebranding-not-enough',
    text: 'Re-branding existing community development workers and keeping their old approaches on shrinking budgets will not be enough.',
    said: [
      [
        'comment-2',
        'It won’t simply be enough to re-brand existing community development workers, ask them to keep using their old approaches on shrinking budgets',
      ],
    ],
    links: [['supports', 'same-thing']],
  },
  {
    id: 'ways-forward',
    text: 'Work on social network analysis, a Civic Commons model and the Civic Pulse shows ways forward.',
    said: [['comment-2', 'we’re starting to see ways forward']],
    links: [['supports', 'state-engagement']],
  },
  {
    id: 'better-outcomes',
    text: 'Getting the relationship between state and citizen right makes sustainable public services with better social outcomes possible.',
    said: [
      [
        'comment-2',
        'Get this right, and sustainable public services with better social outcomes are possible',
      ],
    ],
    links: [['supports', 'state-engagement']],
  },
  {
    id: 'residualisation',
    text: 'Getting it wrong will make the Big Society a synonym for residualisation.',
    said: [
      [
        'comment-2',
        'get this wrong, and the Big Society will become a synonym for residualisation',
      ],
    ],
    links: [['supports', 'state-engagement']],
  },
];
