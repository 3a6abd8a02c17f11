// The archive built from the five committed source texts, checked field by field against the texts themselves.
// Every expected value below was read off content/readouts/*.txt (line numbers are 1-based, as `cat -n` shows),
// content/sources.yaml or the curated data; none was copied from the code's output. Paragraph texts that the
// archive should keep as printed are taken from the file line itself (lineText/pointText), so a typo in this
// file cannot make a test pass or fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Archive } from './archive.ts';
import type { Meeting, Paragraph, Readout, StartTime } from './schema.ts';
import {
  contentDir,
  lineText,
  loadArchive,
  pointText,
  readoutFileNames,
  sha256Hex,
  sorted,
  sourceBytes,
  sourceText,
} from './test-support.ts';

let archive: Archive;
beforeAll(() => {
  archive = loadArchive();
});

// ---- files -------------------------------------------------------------------------------------------------

const F0 = '000_11463b6e713217c0.txt';
const F1 = '001_46aec85189a962c6.txt';
const F2 = '002_b2fbf85e53d0a9e2.txt';
const F3 = '003_899ff3d4eaba3281.txt';
const F4 = '004_643d290870f2ad2b.txt';

// ---- curated ids (content/people.yaml, countries.yaml, topics.yaml) -------------------------------------------

const HAYASHI = 'hayashi-yoshimasa';
const BLINKEN = 'antony-blinken';
const PARK = 'park-jin';
const KONO = 'kono-taro';
const KANG = 'kang-kyung-wha';
const KAMIKAWA = 'kamikawa-yoko';
const SEO = 'seo-hoon';
const MILLER = 'matthew-miller';

const JP = 'japan';
const US = 'united-states';
const ROK = 'republic-of-korea';
const CN = 'china';
const NK = 'north-korea';
const ID = 'indonesia';
const UA = 'ukraine';

const ABD = 'abductions-issue';
const NKM = 'north-korea-nuclear-missile';
const UNSC = 'un-security-council-sanctions';
const TSC = 'trilateral-security-cooperation';
const ED = 'extended-deterrence';
const ALPS = 'alps-treated-water';
const FOIP = 'free-and-open-indo-pacific';
const ECON = 'economic-security';
const UKR = 'ukraine';
const DIS = 'disinformation';
const HR = 'human-rights-north-korea';
const JCK = 'japan-china-rok-trilateral';
const HIST = 'historical-issues-court-judgements';
const P2P = 'people-to-people-exchange';
const WPS = 'women-peace-security';

// Offices as people.yaml titles them (used where a text names no office, and for meetings).
const JP_FM = 'Minister for Foreign Affairs of Japan';
const US_SEC = 'Secretary of State of the United States of America';
const ROK_FM = 'Minister of Foreign Affairs of the Republic of Korea';

// ---- expected readouts ---------------------------------------------------------------------------------------

type Span = [start: number, end: number];

interface ExpectedParagraph {
  anchor: string;
  number?: string;
  role: Paragraph['role'];
  speaker?: string;
  speakerPerson?: string;
  text: string;
  lines: Span;
  topics: string[];
  countries: string[];
  people: string[];
}

interface ExpectedParticipant {
  /** The name as the text writes it, honorifics removed (schema.ts, Participant.name). */
  writtenName: string;
  person: string;
  office: string;
  country: string;
  line: number;
}

interface ExpectedReadout {
  label: string;
  id: string;
  file: string;
  document: number;
  publisher: Readout['publisher'];
  kind: Readout['kind'];
  anchor: string;
  title: string;
  series?: string;
  date: string;
  publishedDate: string;
  dateFrom: Readout['dateFrom'];
  startTime?: StartTime;
  startWords: string;
  durationMinutes?: number;
  durationApproximate?: boolean;
  location?: NonNullable<Readout['location']>;
  occasion?: string;
  channel: Readout['channel'];
  participants: ExpectedParticipant[];
  mentionedPeople: string[];
  countries: string[];
  mentionedCountries: string[];
  attribution?: string;
  captions: string[];
  paragraphs: ExpectedParagraph[];
  topics: string[];
  partial: boolean;
  sourceUrl?: string;
  alsoPublishedAt: string[];
  /** Where some fields were read from; undefined means the text has no such line. */
  lines: Record<string, Span | undefined>;
}

const R000: ExpectedReadout = {
  label: 'the MOFA readout of 14 July 2023',
  id: '000-11463b6e713217c0',
  file: F0,
  document: 1,
  publisher: 'mofa-japan',
  kind: 'readout',
  anchor: 'mofa',
  title: "Japan-U.S.-ROK Foreign Ministers' Meeting", // content/sources.yaml (straight apostrophe there)
  series: 'Japan-North Korea Relations', // line 1
  date: '2023-07-14', // line 8: 'On July 14, commencing at ...'
  publishedDate: '2023-07-14', // line 3: 'July 14, 2023'
  dateFrom: 'text',
  // line 8: 'commencing at 7:00 p.m. (local time, on July 14, 9:00 p.m. Japan time)'
  startTime: { time: '19:00', approximate: false, basis: 'local', japanTime: { date: '2023-07-14', time: '21:00' } },
  startWords: '19:00 local time, 21:00 Japan time on 14 July',
  durationMinutes: 50, // line 8: 'for approximately 50 minutes'
  durationApproximate: true,
  location: { city: 'Jakarta', country: ID, text: 'Indonesia (Jakarta)' }, // line 8: 'visiting Indonesia (Jakarta)'
  occasion: 'ASEAN-related Foreign Ministers’ Meetings', // line 8: 'for the ASEAN-related Foreign Ministers’ Meetings' (curly)
  channel: 'in-person',
  participants: [
    // line 8: 'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, visiting ...'
    { writtenName: 'HAYASHI Yoshimasa', person: HAYASHI, office: JP_FM, country: JP, line: 8 },
    // line 8: 'the Honorable Antony Blinken, Secretary of State of the United States of America'
    { writtenName: 'Antony Blinken', person: BLINKEN, office: US_SEC, country: US, line: 8 },
    // line 8: 'His Excellency Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea.'
    { writtenName: 'Park Jin', person: PARK, office: ROK_FM, country: ROK, line: 8 },
  ],
  mentionedPeople: [],
  countries: [JP, US, ROK],
  mentionedCountries: [NK, ID, UA], // line 13: North Korea; line 8: Indonesia; line 14: 'including Ukraine'
  captions: [
    'Three Ministers who have a talk after having a seat at a table', // line 4
    'Minister Hayashi who makes remarks in the meeting', // line 5
    'A group photo of three Ministers facing straight at a camera', // line 6
  ],
  paragraphs: [
    { anchor: 'mofa-p1', role: 'lead', text: lineText(F0, 8), lines: [8, 8], topics: [], countries: [JP, US, ROK, ID], people: [HAYASHI, BLINKEN, PARK] },
    {
      anchor: 'mofa-p2',
      role: 'body',
      // line 10, without the two 'Open a New Window' link labels that the web page put after '(PDF)'
      text: 'After the meeting, a Japan-U.S.-ROK Foreign Ministers’ Joint Statement (Japanese (PDF) / English (PDF)) was issued.',
      lines: [10, 10],
      topics: [],
      countries: [JP, US, ROK],
      people: [],
    },
    { anchor: 'mofa-1', number: '1', role: 'point', text: pointText(F0, 12), lines: [12, 12], topics: [], countries: [JP, US, ROK], people: [] },
    {
      anchor: 'mofa-2',
      number: '2',
      role: 'point',
      text: pointText(F0, 13),
      lines: [13, 13],
      // 'ICBM-class ballistic missile launch', 'trilateral security cooperation', 'UN Security Council', 'the abductions issue'
      topics: [ABD, NKM, UNSC, TSC],
      countries: [JP, US, ROK, NK],
      people: [HAYASHI], // 'Foreign Minister Hayashi also expressed ...'
    },
    {
      anchor: 'mofa-3',
      number: '3',
      role: 'point',
      text: pointText(F0, 14),
      lines: [14, 14],
      // 'Ukraine', '“Free and Open IndoPacific”', 'economic security', 'disinformation regarding ALPS treated water'
      topics: [ALPS, FOIP, ECON, UKR, DIS],
      countries: [JP, US, ROK, UA],
      people: [],
    },
    { anchor: 'mofa-4', number: '4', role: 'point', text: pointText(F0, 15), lines: [15, 15], topics: [], countries: [JP, US, ROK], people: [] },
  ],
  topics: [ABD, NKM, UNSC, TSC, ALPS, FOIP, ECON, UKR, DIS],
  partial: false,
  sourceUrl: 'https://www.mofa.go.jp/a_o/na2/page4e_001449.html', // content/sources.yaml
  alsoPublishedAt: [],
  lines: { publishedDate: [3, 3], series: [1, 1], captions: [4, 6] },
};

const R001_1: ExpectedReadout = {
  label: 'the State Department joint statement of 14 July 2023',
  id: '001-46aec85189a962c6-1',
  file: F1,
  document: 1,
  publisher: 'us-state-department',
  kind: 'joint-statement',
  anchor: 'state-joint-statement',
  title: 'Joint Statement by Secretary Blinken, Japanese Foreign Minister Hayashi, and ROK Foreign Minister Park', // line 3
  date: '2023-07-14',
  publishedDate: '2023-07-14', // line 4: 'July 14, 2023'
  dateFrom: 'text',
  startWords: 'no time',
  channel: 'in-person',
  participants: [
    // line 3, the title: the only place this document names the ministers; it gives no office phrase
    { writtenName: 'Secretary Blinken', person: BLINKEN, office: US_SEC, country: US, line: 3 },
    { writtenName: 'Japanese Foreign Minister Hayashi', person: HAYASHI, office: JP_FM, country: JP, line: 3 },
    { writtenName: 'ROK Foreign Minister Park', person: PARK, office: ROK_FM, country: ROK, line: 3 },
  ],
  mentionedPeople: [],
  countries: [JP, US, ROK],
  mentionedCountries: [NK], // lines 10-18: 'the DPRK'
  captions: [],
  paragraphs: [
    // line 6 introduces the statement; lines 8 'Begin text' and 20 'End Text' are markers, not paragraphs
    { anchor: 'state-joint-statement-p1', role: 'note', text: lineText(F1, 6), lines: [6, 6], topics: [], countries: [JP, US, ROK], people: [] },
    // 'intercontinental ballistic missile (ICBM)', 'UN Security Council resolutions'
    { anchor: 'state-joint-statement-p2', role: 'body', text: lineText(F1, 10), lines: [10, 10], topics: [NKM, UNSC], countries: [JP, US, ROK, NK], people: [] },
    // 'UN Security Council resolutions that impose sanctions', 'WMD and ballistic missile programs'
    { anchor: 'state-joint-statement-p3', role: 'body', text: lineText(F1, 12), lines: [12, 12], topics: [NKM, UNSC], countries: [NK], people: [] },
    // 'commitments to defend', 'full range of capabilities', 'trilateral security cooperation', 'nuclear and missile threats'
    { anchor: 'state-joint-statement-p4', role: 'body', text: lineText(F1, 14), lines: [14, 14], topics: [NKM, TSC, ED], countries: [JP, US, ROK, NK], people: [] },
    // 'denuclearization', 'human rights of the people in the DPRK'
    { anchor: 'state-joint-statement-p5', role: 'body', text: lineText(F1, 16), lines: [16, 16], topics: [NKM, HR], countries: [NK], people: [] },
    { anchor: 'state-joint-statement-p6', role: 'body', text: lineText(F1, 18), lines: [18, 18], topics: [], countries: [JP, US, ROK, NK], people: [] },
  ],
  topics: [NKM, UNSC, TSC, ED, HR],
  partial: false, // the text runs from 'Begin text' (line 8) to 'End Text' (line 20)
  alsoPublishedAt: [
    'https://kr.usembassy.gov/07172023-joint-statement-by-u-s-secretary-of-state-blinken-japanese-minister-for-foreign-affairs-hayashi-and-rok-minister-of-foreign-affairs-park/',
  ],
  lines: { publishedDate: [4, 4], title: [3, 3] },
};

const R001_2: ExpectedReadout = {
  label: 'the State Department readout of 14 July 2023',
  id: '001-46aec85189a962c6-2',
  file: F1,
  document: 2,
  publisher: 'us-state-department',
  kind: 'readout',
  anchor: 'state',
  title: 'Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi and Republic of Korea Foreign Minister Park', // line 23
  date: '2023-07-14', // line 27 'met today', counted from sources.yaml's date
  publishedDate: '2023-07-14', // content/sources.yaml 'date: 2023-07-14': lines 23-29 have no date line
  dateFrom: 'sources.yaml',
  startWords: 'no time',
  location: { city: 'Jakarta', country: ID, text: 'Jakarta, Indonesia' }, // line 27: 'in Jakarta, Indonesia.'
  occasion: 'East Asia Summit Foreign Ministers’ Meeting', // line 27: 'on the sidelines of the East Asia Summit Foreign Ministers’ Meeting'
  channel: 'in-person',
  participants: [
    // line 27: 'Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi Yoshimasa and
    // Republic of Korea (ROK) Foreign Minister Park Jin'; no office phrase, so offices come from people.yaml
    { writtenName: 'Antony J. Blinken', person: BLINKEN, office: US_SEC, country: US, line: 27 },
    { writtenName: 'Hayashi Yoshimasa', person: HAYASHI, office: JP_FM, country: JP, line: 27 },
    { writtenName: 'Park Jin', person: PARK, office: ROK_FM, country: ROK, line: 27 },
  ],
  mentionedPeople: [MILLER], // line 25: 'attributable to Spokesperson Matthew Miller'
  countries: [JP, US, ROK],
  mentionedCountries: [ID],
  attribution: 'Spokesperson Matthew Miller', // line 25
  captions: [],
  paragraphs: [
    { anchor: 'state-p1', role: 'note', text: lineText(F1, 25), lines: [25, 25], topics: [], countries: [], people: [MILLER] },
    // 'Japanese' is an adjective, not the country: Japan is not named on line 27
    { anchor: 'state-p2', role: 'body', text: lineText(F1, 27), lines: [27, 27], topics: [], countries: [ROK, ID], people: [BLINKEN, HAYASHI, PARK] },
  ],
  topics: [],
  partial: true, // line 29: '[Read the full text: English I Korean]'
  alsoPublishedAt: [],
  lines: { publishedDate: undefined, title: [23, 23], attribution: [25, 25], partial: [29, 29] },
};

const REMARKS_TEXT =
  // line 34 after 'SECRETARY BLINKEN:', its no-break-space pairs ('everyone.\u00a0 It’s') read as single spaces
  'Well, good evening, everyone. It’s, as always, a great pleasure to be joined by my friends and colleagues from Japan and Korea in – I think I’ve lost count of how many trilateral meetings we’ve had over the last couple of years. But I think it’s evidence of a few things. It’s evidence of the fact that our three countries are joined in a common vision, a common approach to the future of the region that we share: a free and open Indo-Pacific; one that is secure, prosperous, connected, resilient. And we’re working together to advance that vision, and to make it real. I think we all see that so much of the future is going to be shaped here in this region, and our work together offers the best prospects of shaping that future in a way that advances the vision that we share.';

const R001_3: ExpectedReadout = {
  label: 'the State Department remarks of 14 July 2023',
  id: '001-46aec85189a962c6-3',
  file: F1,
  document: 3,
  publisher: 'us-state-department',
  kind: 'remarks',
  anchor: 'state-remarks',
  // line 32
  title: 'Secretary Antony J. Blinken, Japanese Foreign Minister Hayashi Yoshimasa, and Republic of Korea Foreign Minister Park Jin Before Their Meeting',
  date: '2023-07-14',
  publishedDate: '2023-07-14', // content/sources.yaml: lines 32-36 have no date line
  dateFrom: 'sources.yaml',
  startWords: 'no time',
  channel: 'in-person',
  participants: [
    // line 32, the title, which gives no office phrase
    { writtenName: 'Antony J. Blinken', person: BLINKEN, office: US_SEC, country: US, line: 32 },
    { writtenName: 'Hayashi Yoshimasa', person: HAYASHI, office: JP_FM, country: JP, line: 32 },
    { writtenName: 'Park Jin', person: PARK, office: ROK_FM, country: ROK, line: 32 },
  ],
  mentionedPeople: [],
  countries: [JP, US, ROK],
  mentionedCountries: [], // line 34 names only Japan and Korea, both taking part
  captions: [],
  paragraphs: [
    {
      anchor: 'state-remarks-p1',
      role: 'turn',
      speaker: 'SECRETARY BLINKEN', // line 34
      speakerPerson: BLINKEN,
      text: REMARKS_TEXT,
      lines: [34, 34],
      topics: [FOIP], // 'a free and open Indo-Pacific'
      countries: [JP, ROK], // 'from Japan and Korea'
      people: [BLINKEN], // the speaker
    },
  ],
  topics: [FOIP],
  partial: true, // line 36: '[Read the full text: English I Korean]'
  alsoPublishedAt: [
    'https://kr.usembassy.gov/07172023-secretary-antony-j-blinken-japanese-foreign-minister-hayashi-yoshimasa-and-republic-of-korea-foreign-minister-park-jin-before-their-meeting/',
  ],
  lines: { publishedDate: undefined, title: [32, 32], partial: [36, 36] },
};

const R002: ExpectedReadout = {
  label: 'the MOFA readout of 13 July 2023',
  id: '002-b2fbf85e53d0a9e2',
  file: F2,
  document: 1,
  publisher: 'mofa-japan',
  kind: 'readout',
  anchor: 'mofa',
  title: "Japan-ROK Foreign Ministers' Meeting", // content/sources.yaml
  series: 'Japan-Republic of Korea Relations', // line 1
  date: '2023-07-13', // line 7: 'On July 13'
  publishedDate: '2023-07-13', // line 3: 'July 13, 2023'
  dateFrom: 'text',
  // line 7: 'commencing at 10:00 a.m. (local time. 0:00 p.m. on July 13, Japan time)': MOFA's '0:00 p.m.' is noon
  startTime: { time: '10:00', approximate: false, basis: 'local', japanTime: { date: '2023-07-13', time: '12:00' } },
  startWords: '10:00 local time, 12:00 (noon) Japan time on 13 July',
  durationMinutes: 45, // line 7: 'for approximately 45 minutes'
  durationApproximate: true,
  location: { country: ID, text: 'Indonesia' }, // line 7: 'during his visit to Indonesia for ...': no city is named
  occasion: "ASEAN-related Foreign Ministers' Meetings", // line 7 (straight apostrophe in this file)
  channel: 'in-person',
  participants: [
    // line 7: 'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan held a bilateral meeting with'
    { writtenName: 'HAYASHI Yoshimasa', person: HAYASHI, office: JP_FM, country: JP, line: 7 },
    // line 7: 'H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK) during his visit'
    { writtenName: 'Park Jin', person: PARK, office: 'Minister of Foreign Affairs of the Republic of Korea (ROK)', country: ROK, line: 7 },
  ],
  mentionedPeople: [],
  countries: [JP, ROK],
  // line 9: 'Japan-ROK-China'; line 11: 'North Korea', 'Japan-ROK-U.S. coordination'; line 7: 'Indonesia'
  mentionedCountries: [US, CN, NK, ID],
  captions: [
    'Foreign Minister Hayashi shakes hands with Korean Foreign Minister Dr. Park Jin', // line 4
    'Japan-ROK Foreign Ministers’ Meeting', // line 5: '(Photo) ...', the photo label left out
  ],
  paragraphs: [
    { anchor: 'mofa-p1', role: 'lead', text: lineText(F2, 7), lines: [7, 7], topics: [], countries: [JP, ROK, ID], people: [HAYASHI, PARK] },
    // 'economic security dialogue', 'the Japan-ROK-China trilateral process'
    { anchor: 'mofa-1', number: '1', role: 'point', text: pointText(F2, 9), lines: [9, 9], topics: [ECON, JCK], countries: [JP, ROK, CN], people: [HAYASHI] },
    // 'Advanced Liquid Processing System (ALPS) Treated Water', 'the discharge'
    { anchor: 'mofa-2', number: '2', role: 'point', text: pointText(F2, 10), lines: [10, 10], topics: [ALPS], countries: [JP, ROK], people: [HAYASHI] },
    // 'a free and open Indo-Pacific', 'nuclear and missile activities', 'ICBM-class ballistic missile', 'the abductions issue'
    {
      anchor: 'mofa-3',
      number: '3',
      role: 'point',
      text: pointText(F2, 11),
      lines: [11, 11],
      topics: [ABD, NKM, FOIP],
      countries: [JP, US, ROK, NK],
      people: [HAYASHI, PARK], // 'Minister Hayashi ... for Minister Park’s consistent support'
    },
  ],
  topics: [ABD, NKM, ALPS, FOIP, ECON, JCK],
  partial: false,
  sourceUrl: 'https://www.mofa.go.jp/a_o/na/kr/page1e_000730.html', // content/sources.yaml
  alsoPublishedAt: [],
  lines: { publishedDate: [3, 3], series: [1, 1], captions: [4, 5] },
};

const R003: ExpectedReadout = {
  label: 'the MOFA readout of 17 March 2018',
  id: '003-899ff3d4eaba3281',
  file: F3,
  document: 1,
  publisher: 'mofa-japan',
  kind: 'readout',
  anchor: 'mofa',
  title: "Japan-ROK Foreign Ministers' Meeting", // content/sources.yaml
  series: 'Japan-Republic of Korea Relations', // line 1
  date: '2018-03-17', // line 7: 'On March 17'
  publishedDate: '2018-03-17', // line 3: 'March 17, 2018'
  dateFrom: 'text',
  // line 7: 'commencing at around 9:30 a.m.': approximate, and neither local nor Japan time is said
  startTime: { time: '09:30', approximate: true, basis: 'unstated' },
  startWords: 'around 09:30, on an unstated clock',
  durationMinutes: 45, // line 7: 'for approximately 45 minutes'
  durationApproximate: true,
  channel: 'in-person',
  participants: [
    // line 7: 'Mr. Taro Kono, Minister for Foreign Affairs, held a foreign ministers' meeting with'
    { writtenName: 'Taro Kono', person: KONO, office: 'Minister for Foreign Affairs', country: JP, line: 7 },
    // line 7: 'H.E. Dr. Kang Kyung-wha, Minister of Foreign Affairs of the Republic of Korea (ROK).'
    { writtenName: 'Kang Kyung-wha', person: KANG, office: 'Minister of Foreign Affairs of the Republic of Korea (ROK)', country: ROK, line: 7 },
  ],
  mentionedPeople: [SEO], // line 9: 'Mr. Seo Hoon, Director of the National Intelligence Service of the ROK'
  countries: [JP, ROK],
  mentionedCountries: [US, NK], // line 9: 'visit to North Korea and the United States'
  captions: [
    'Japan-ROK Foreign Ministers’ Meeting', // line 4: 'Meeting1', the slideshow's counter left out
    'Japan-ROK Foreign Ministers’ Meeting', // line 5: 'Meeting2'
  ],
  paragraphs: [
    // the lead names no 'Japan': 'Minister for Foreign Affairs,' stands alone
    { anchor: 'mofa-p1', role: 'lead', text: lineText(F3, 7), lines: [7, 7], topics: [], countries: [ROK], people: [KONO, KANG] },
    { anchor: 'mofa-1', number: '1', role: 'point', text: pointText(F3, 9), lines: [9, 9], topics: [], countries: [US, ROK, NK], people: [KONO, SEO] },
    // 'nuclear and ballistic missile programs', 'such as the abductions, nuclear and missile issues', 'the abductions issue'
    { anchor: 'mofa-2', number: '2', role: 'point', text: pointText(F3, 10), lines: [10, 10], topics: [ABD, NKM], countries: [JP, US, ROK, NK], people: [KONO] },
    // 'nuclear and missile programs', 'the abductions issue'
    { anchor: 'mofa-3', number: '3', role: 'point', text: pointText(F3, 11), lines: [11, 11], topics: [ABD, NKM], countries: [JP, ROK, NK], people: [] },
    // 'while properly managing difficult issues'
    { anchor: 'mofa-4', number: '4', role: 'point', text: pointText(F3, 12), lines: [12, 12], topics: [HIST], countries: [JP, ROK], people: [] },
  ],
  topics: [ABD, NKM, HIST],
  partial: false,
  sourceUrl: 'https://www.mofa.go.jp/a_o/na/kr/page3e_000832.html', // content/sources.yaml
  alsoPublishedAt: [],
  lines: { publishedDate: [3, 3], series: [1, 1], captions: [4, 5] },
};

const R004: ExpectedReadout = {
  label: 'the MOFA readout of 26 November 2023',
  id: '004-643d290870f2ad2b',
  file: F4,
  document: 1,
  publisher: 'mofa-japan',
  kind: 'readout',
  anchor: 'mofa',
  title: "Japan-ROK Foreign Ministers' Meeting", // content/sources.yaml
  series: 'Japan-Republic of Korea Relations', // line 1
  date: '2023-11-26', // line 7: 'On November 26'
  publishedDate: '2023-11-26', // line 3: 'November 26, 2023'
  dateFrom: 'text',
  startTime: { time: '09:00', approximate: false, basis: 'unstated' }, // line 7: 'commencing at 09:00 a.m.'
  startWords: '09:00, on an unstated clock',
  durationMinutes: 85, // line 7: 'for approximately 85 minutes'
  durationApproximate: true,
  // line 7: 'during her visit to Busan, the Republic of Korea, for the Japan-China-ROK trilateral Foreign Ministers’ Meeting'
  location: { city: 'Busan', country: ROK, text: 'Busan, the Republic of Korea' },
  occasion: 'Japan-China-ROK trilateral Foreign Ministers’ Meeting',
  channel: 'in-person',
  participants: [
    // line 7: 'Ms. Kamikawa Yoko, Minister for Foreign Affairs of Japan held a bilateral meeting with'
    { writtenName: 'Kamikawa Yoko', person: KAMIKAWA, office: JP_FM, country: JP, line: 7 },
    // line 7: 'H.E. Dr. Park Jin, Minister of Foreign Affairs of the Republic of Korea (ROK), during her visit'
    { writtenName: 'Park Jin', person: PARK, office: 'Minister of Foreign Affairs of the Republic of Korea (ROK)', country: ROK, line: 7 },
  ],
  mentionedPeople: [],
  countries: [JP, ROK],
  mentionedCountries: [US, CN, NK], // line 7: 'Japan-China-ROK'; line 11: 'North Korea’s', 'Japan, the U.S. and the ROK'
  captions: [
    'Two ministers shaking hands', // line 4
    'Japan-ROK Foreign Ministers’ Meeting', // line 5
  ],
  paragraphs: [
    { anchor: 'mofa-p1', role: 'lead', text: lineText(F4, 7), lines: [7, 7], topics: [JCK], countries: [JP, ROK, CN], people: [KAMIKAWA, PARK] },
    // 'Chosen Tsushinshi/Joseon Tongsinsa', 'people traveling between their countries', 'youth exchanges' (no final period on line 9)
    { anchor: 'mofa-1', number: '1', role: 'point', text: pointText(F4, 9), lines: [9, 9], topics: [P2P], countries: [ROK], people: [KAMIKAWA] },
    // 'the Seoul High Court had rendered a judgement', 'State immunity', 'remedy the breaches of international law'
    { anchor: 'mofa-2', number: '2', role: 'point', text: pointText(F4, 10), lines: [10, 10], topics: [HIST], countries: [ROK], people: [KAMIKAWA] },
    // 'ballistic missile technology', 'satellite launch', 'UNSCRs', 'Security Council', 'abductions issue', 'human right’s issues'
    { anchor: 'mofa-3', number: '3', role: 'point', text: pointText(F4, 11), lines: [11, 11], topics: [ABD, NKM, UNSC, HR], countries: [JP, US, ROK, NK], people: [KAMIKAWA] },
    // 'Japan-ROK-China trilateral process', 'Japan-China-ROK Trilateral Foreign Ministers’ Meeting', 'Trilateral Summit'
    { anchor: 'mofa-4', number: '4', role: 'point', text: pointText(F4, 12), lines: [12, 12], topics: [JCK], countries: [JP, ROK, CN], people: [KAMIKAWA] },
    // 'Women, Peace and Security (WPS) agenda'; 'the UN' is not a country
    { anchor: 'mofa-5', number: '5', role: 'point', text: pointText(F4, 13), lines: [13, 13], topics: [WPS], countries: [], people: [KAMIKAWA, PARK] },
  ],
  topics: [ABD, NKM, UNSC, HR, JCK, HIST, P2P, WPS],
  partial: false,
  sourceUrl: 'https://www.mofa.go.jp/a_o/na/kr/page6e_000403.html', // content/sources.yaml
  alsoPublishedAt: [],
  lines: { publishedDate: [3, 3], series: [1, 1], captions: [4, 5] },
};

const READOUTS = [R000, R001_1, R001_2, R001_3, R002, R003, R004];

function readoutOf(e: ExpectedReadout): Readout {
  const found = archive.readouts.filter((r) => r.file === e.file && r.document === e.document);
  expect(found, `one readout for document ${e.document} of ${e.file}`).toHaveLength(1);
  return found[0]!;
}

function paragraphAt(e: ExpectedReadout, i: number): Paragraph {
  const p = readoutOf(e).paragraphs[i];
  expect(p, `paragraph ${i + 1} of ${e.label}`).toBeDefined();
  return p!;
}

const span = ([start, end]: Span) => ({ start, end });

// ---- the corpus as a whole -------------------------------------------------------------------------------------

describe('the five committed source texts', () => {
  test('the content folder holds exactly the five source files', () => {
    expect(readoutFileNames()).toEqual([F0, F1, F2, F3, F4]);
  });

  test('content/checksums.sha256 lists exactly the files in content/readouts/', () => {
    const listed = readFileSync(join(contentDir, 'checksums.sha256'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(l); // sha256sum format: hash, space, ' ' (text) or '*' (binary), name
        expect(m, `a sha256sum line: ${l}`).not.toBeNull();
        return m![2]!;
      });
    expect(sorted(listed)).toEqual(readoutFileNames());
  });

  test('content/checksums.sha256 gives the SHA-256 of the bytes of every file in content/readouts/', () => {
    const lines = readFileSync(join(contentDir, 'checksums.sha256'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(readoutFileNames().length);
    for (const line of lines) {
      const [, hash, name] = /^([0-9a-f]{64}) [ *](.+)$/.exec(line)!;
      expect(sha256Hex(sourceBytes(name!)), name).toBe(hash);
    }
  });

  test('the five files build without errors or warnings', () => {
    expect(archive.report.diagnostics).toEqual([]);
    expect(archive.report.files).toBe(5);
  });

  test('five files give seven readouts, the second file holding three documents', () => {
    expect(archive.readouts).toHaveLength(7);
    expect(archive.readouts.filter((r) => r.file === F1).map((r) => r.document).sort()).toEqual([1, 2, 3]);
    for (const f of [F0, F2, F3, F4]) expect(archive.readouts.filter((r) => r.file === f).map((r) => r.document), f).toEqual([1]);
  });

  test('readout ids are the file stem with "_" as "-", plus "-<n>" for each document of the multi-document file', () => {
    expect(sorted(archive.readouts.map((r) => r.id))).toEqual([
      '000-11463b6e713217c0',
      '001-46aec85189a962c6-1',
      '001-46aec85189a962c6-2',
      '001-46aec85189a962c6-3',
      '002-b2fbf85e53d0a9e2',
      '003-899ff3d4eaba3281',
      '004-643d290870f2ad2b',
    ]);
  });

  test('seven readouts report four meetings, in date order', () => {
    expect(archive.meetings.map((m) => m.id)).toEqual(['2018-03-17-japan-rok', '2023-07-13-japan-rok', '2023-07-14-japan-us-rok', '2023-11-26-japan-rok']);
  });

  test('every readout belongs to exactly one meeting', () => {
    const all = archive.meetings.flatMap((m) => m.readouts);
    expect(sorted(all)).toEqual(sorted(archive.readouts.map((r) => r.id)));
  });

  test('the web page label "Open a New Window" is in the original file but in no paragraph text', () => {
    expect(sourceText(F0).match(/Open a New Window/g)).toHaveLength(2); // line 10, twice
    for (const r of archive.readouts) {
      for (const p of r.paragraphs) expect(p.text, `${r.id}#${p.anchor}`).not.toMatch(/Open a New Window/i);
    }
  });

  test('no paragraph text keeps a no-break space or a doubled space', () => {
    expect(sourceText(F1)).toContain('\u00a0'); // line 34
    for (const r of archive.readouts) {
      for (const p of r.paragraphs) expect(p.text, `${r.id}#${p.anchor}`).not.toMatch(/\u00a0| {2}/);
    }
  });
});

describe('the abductions issue', () => {
  // Read off the files: 'abduction' appears on these lines and nowhere else.
  const ABDUCTION_LINES = [`${F0}:13`, `${F2}:11`, `${F3}:10`, `${F3}:11`, `${F4}:11`];
  const ABDUCTION_PARAGRAPHS = [
    '000-11463b6e713217c0#mofa-2', // line 13: 'on the abductions issue'
    '002-b2fbf85e53d0a9e2#mofa-3', // line 11: 'consistent support on the abductions issue'
    '003-899ff3d4eaba3281#mofa-2', // line 10: 'such as the abductions, nuclear and missile issues'
    '003-899ff3d4eaba3281#mofa-3', // line 11: 'the resolution of the abductions issue'
    '004-643d290870f2ad2b#mofa-3', // line 11: 'the abductions issue' (twice)
  ];

  test('the source files mention abduction on five lines, all in MOFA files', () => {
    const found = readoutFileNames().flatMap((f) =>
      sourceText(f)
        .split('\n')
        .flatMap((line, i) => (/abduction/i.test(line) ? [`${f}:${i + 1}`] : [])),
    );
    expect(found).toEqual(ABDUCTION_LINES);
    expect(found.some((l) => l.startsWith(F1))).toBe(false);
  });

  test('the paragraphs whose text mentions abduction are exactly five MOFA points', () => {
    const mentioning = archive.readouts.flatMap((r) => r.paragraphs.filter((p) => /abduction/i.test(p.text)).map((p) => `${r.id}#${p.anchor}`));
    expect(sorted(mentioning)).toEqual(sorted(ABDUCTION_PARAGRAPHS));
    const lines = archive.readouts.flatMap((r) => r.paragraphs.filter((p) => /abduction/i.test(p.text)).map((p) => `${r.file}:${p.lines.start}`));
    expect(sorted(lines)).toEqual(sorted(ABDUCTION_LINES));
  });

  test('abductions-issue is on every MOFA paragraph whose text mentions abduction', () => {
    const tagged = archive.readouts.flatMap((r) => r.paragraphs.filter((p) => p.topics.includes(ABD)).map((p) => `${r.id}#${p.anchor}`));
    expect(sorted(tagged)).toEqual(sorted(ABDUCTION_PARAGRAPHS));
  });

  test('abductions-issue is on no State Department paragraph', () => {
    const state = archive.readouts.filter((r) => r.publisher === 'us-state-department');
    expect(state).toHaveLength(3);
    for (const r of state) {
      expect(r.topics, r.id).not.toContain(ABD);
      for (const p of r.paragraphs) expect(p.topics, `${r.id}#${p.anchor}`).not.toContain(ABD);
    }
  });

  test('abductions-issue is on no paragraph whose text does not mention abduction', () => {
    for (const r of archive.readouts) {
      for (const p of r.paragraphs) {
        if (!/abduction/i.test(p.text)) expect(p.topics, `${r.id}#${p.anchor}`).not.toContain(ABD);
      }
    }
  });
});

describe('North Korea', () => {
  // By reading: 'North Korea' or 'DPRK' is in the paragraphs of all readouts but the State readout and remarks.
  const MENTIONING = ['000-11463b6e713217c0', '001-46aec85189a962c6-1', '002-b2fbf85e53d0a9e2', '003-899ff3d4eaba3281', '004-643d290870f2ad2b'];

  test('five readouts mention North Korea or the DPRK in their paragraphs', () => {
    const mentioning = archive.readouts.filter((r) => r.paragraphs.some((p) => /North Korea|DPRK/.test(p.text))).map((r) => r.id);
    expect(sorted(mentioning)).toEqual(sorted(MENTIONING));
  });

  test('north-korea is a mentioned country of every readout that mentions North Korea or the DPRK', () => {
    for (const id of MENTIONING) expect(archive.readouts.find((r) => r.id === id)!.mentionedCountries, id).toContain(NK);
  });

  test('north-korea takes part in no readout and no meeting', () => {
    for (const r of archive.readouts) expect(r.countries, r.id).not.toContain(NK);
    for (const m of archive.meetings) {
      expect(m.countries, m.id).not.toContain(NK);
      expect(m.participants.map((p) => p.country), m.id).not.toContain(NK);
    }
  });

  test('north-korea is a mentioned country of all four meetings', () => {
    for (const m of archive.meetings) expect(m.mentionedCountries, m.id).toContain(NK);
  });
});

describe('people who speak for or brief a side but do not take part', () => {
  test('Seo Hoon is mentioned in the 2018 readout but is not a participant', () => {
    const r = archive.readouts.find((x) => x.file === F3)!;
    expect(r.mentionedPeople).toContain(SEO); // line 9: 'Mr. Seo Hoon, Director of the National Intelligence Service of the ROK'
    expect(r.participants.map((p) => p.person)).not.toContain(SEO);
  });

  test('Seo Hoon is mentioned in the 2018 meeting but is not a participant', () => {
    const m = archive.meetings.find((x) => x.id === '2018-03-17-japan-rok')!;
    expect(m.mentionedPeople).toContain(SEO);
    expect(m.participants.map((p) => p.person)).not.toContain(SEO);
  });

  test('Matthew Miller is mentioned in the State readout of 14 July 2023 but is not a participant', () => {
    const r = archive.readouts.find((x) => x.file === F1 && x.document === 2)!;
    expect(r.mentionedPeople).toContain(MILLER); // line 25
    expect(r.participants.map((p) => p.person)).not.toContain(MILLER);
  });

  test('Matthew Miller is mentioned in the 14 July 2023 meeting but is not a participant', () => {
    const m = archive.meetings.find((x) => x.id === '2023-07-14-japan-us-rok')!;
    expect(m.mentionedPeople).toContain(MILLER);
    expect(m.participants.map((p) => p.person)).not.toContain(MILLER);
  });
});

// ---- every field of every readout ------------------------------------------------------------------------------

for (const e of READOUTS) {
  describe(e.label, () => {
    test(`${e.label} is document ${e.document} of ${e.file}, with the id ${e.id}`, () => {
      const r = readoutOf(e);
      expect(r.id).toBe(e.id);
      expect(r.file).toBe(e.file);
      expect(r.document).toBe(e.document);
    });

    test(`${e.label} carries the SHA-256 of its file's bytes`, () => {
      expect(readoutOf(e).sha256).toBe(sha256Hex(sourceBytes(e.file)));
    });

    test(`${e.label} is published by ${e.publisher}`, () => {
      expect(readoutOf(e).publisher).toBe(e.publisher);
    });

    test(`${e.label} is a ${e.kind}, shown under the anchor #${e.anchor}`, () => {
      const r = readoutOf(e);
      expect(r.kind).toBe(e.kind);
      expect(r.anchor).toBe(e.anchor);
    });

    test(`${e.label} is titled "${e.title}", a title the archive did not compose`, () => {
      const r = readoutOf(e);
      expect(r.title).toBe(e.title);
      expect(r.titleComposed).toBe(false);
    });

    test(e.series ? `${e.label} belongs to the series "${e.series}"` : `${e.label} has no series line, so it has no series`, () => {
      expect(readoutOf(e).series).toBe(e.series);
    });

    test(`${e.label} reports a meeting held on ${e.date}`, () => {
      expect(readoutOf(e).date).toBe(e.date);
    });

    test(`${e.label} was published on ${e.publishedDate}, a date read from ${e.dateFrom === 'text' ? 'its date line' : 'content/sources.yaml'}`, () => {
      const r = readoutOf(e);
      expect(r.publishedDate).toBe(e.publishedDate);
      expect(r.dateFrom).toBe(e.dateFrom);
    });

    test(
      e.lines.publishedDate ? `${e.label} has its date line on line ${e.lines.publishedDate[0]}` : `${e.label} has no date line, so no line is given for its publication date`,
      () => {
        const at = readoutOf(e).lines.publishedDate;
        if (e.lines.publishedDate) expect(at).toEqual(span(e.lines.publishedDate));
        else expect(at).toBeUndefined();
      },
    );

    for (const [field, where] of Object.entries(e.lines)) {
      if (field === 'publishedDate' || !where) continue;
      test(`${e.label} reads its ${field} from line${where[0] === where[1] ? ` ${where[0]}` : `s ${where[0]}-${where[1]}`}`, () => {
        expect(readoutOf(e).lines[field]).toEqual(span(where));
      });
    }

    test(e.startTime ? `${e.label} starts at ${e.startWords}` : `${e.label} states no start time`, () => {
      const got = readoutOf(e).startTime;
      if (e.startTime) expect(got).toStrictEqual(e.startTime);
      else expect(got).toBeUndefined();
    });

    test(
      e.durationMinutes ? `${e.label} lasts ${e.durationApproximate ? 'about ' : ''}${e.durationMinutes} minutes` : `${e.label} states no duration`,
      () => {
        const r = readoutOf(e);
        expect(r.durationMinutes).toBe(e.durationMinutes);
        expect(r.durationApproximate).toBe(e.durationApproximate);
      },
    );

    test(e.location ? `${e.label} places the meeting at "${e.location.text}"` : `${e.label} states no place, so its location stays empty`, () => {
      const got = readoutOf(e).location;
      if (e.location) expect(got).toStrictEqual(e.location);
      else expect(got).toBeUndefined();
    });

    test(e.occasion ? `${e.label} gives the occasion "${e.occasion}"` : `${e.label} states no occasion`, () => {
      expect(readoutOf(e).occasion).toBe(e.occasion);
    });

    test(`${e.label} reports an ${e.channel} meeting`, () => {
      expect(readoutOf(e).channel).toBe(e.channel);
    });

    test(`${e.label} names ${e.participants.length} participants, as people, offices and countries, in the order written`, () => {
      const got = readoutOf(e).participants.map((p) => ({ person: p.person, office: p.office, country: p.country, line: p.line }));
      expect(got).toEqual(e.participants.map(({ person, office, country, line }) => ({ person, office, country, line })));
    });

    // schema.ts: Participant.name is "The name as the text writes it, honorifics removed."
    test(`${e.label} keeps each participant's name as the text writes it, honorifics removed`, () => {
      expect(readoutOf(e).participants.map((p) => p.name)).toEqual(e.participants.map((p) => p.writtenName));
    });

    test(`${e.label} lists the countries taking part in curated order: ${e.countries.join(', ')}`, () => {
      expect(readoutOf(e).countries).toEqual(e.countries);
    });

    test(
      e.mentionedCountries.length ? `${e.label} mentions, without their taking part, ${e.mentionedCountries.join(', ')}` : `${e.label} mentions no country that does not take part`,
      () => {
        expect(sorted(readoutOf(e).mentionedCountries)).toEqual(sorted(e.mentionedCountries));
      },
    );

    test(e.mentionedPeople.length ? `${e.label} mentions ${e.mentionedPeople.join(', ')} besides the participants` : `${e.label} mentions nobody besides the participants`, () => {
      expect(sorted(readoutOf(e).mentionedPeople)).toEqual(sorted(e.mentionedPeople));
    });

    test(e.attribution ? `${e.label} is attributed to "${e.attribution}"` : `${e.label} carries no attribution line`, () => {
      expect(readoutOf(e).attribution).toBe(e.attribution);
    });

    test(e.captions.length ? `${e.label} has its ${e.captions.length} photo captions, without slideshow counters or photo labels` : `${e.label} has no photo captions`, () => {
      expect(readoutOf(e).captions).toEqual(e.captions);
    });

    test(`${e.label} has ${e.paragraphs.length} paragraph${e.paragraphs.length === 1 ? '' : 's'}, anchored ${e.paragraphs.map((p) => p.anchor).join(', ')}`, () => {
      expect(readoutOf(e).paragraphs.map((p) => p.anchor)).toEqual(e.paragraphs.map((p) => p.anchor));
    });

    e.paragraphs.forEach((ep, i) => {
      const where = ep.lines[0] === ep.lines[1] ? `line ${ep.lines[0]}` : `lines ${ep.lines[0]}-${ep.lines[1]}`;
      const name = `paragraph #${ep.anchor} of ${e.label}`;

      test(`${name} is a ${ep.role}${ep.number ? ` numbered ${ep.number}` : ' with no printed number'}${ep.speaker ? ` spoken by ${ep.speaker}` : ''}`, () => {
        const p = paragraphAt(e, i);
        expect(p.anchor).toBe(ep.anchor);
        expect(p.role).toBe(ep.role);
        expect(p.number).toBe(ep.number);
        expect(p.speaker).toBe(ep.speaker);
        expect(p.speakerPerson).toBe(ep.speakerPerson);
      });

      test(`${name} reads as ${where} prints it`, () => {
        expect(paragraphAt(e, i).text).toBe(ep.text);
      });

      test(`${name} comes from ${where}`, () => {
        expect(paragraphAt(e, i).lines).toEqual(span(ep.lines));
      });

      test(ep.topics.length ? `${name} is tagged with ${ep.topics.join(', ')}` : `${name} is tagged with no topic`, () => {
        expect(sorted(paragraphAt(e, i).topics)).toEqual(sorted(ep.topics));
      });

      test(ep.countries.length ? `${name} names the countries ${ep.countries.join(', ')}` : `${name} names no country`, () => {
        expect(sorted(paragraphAt(e, i).countries)).toEqual(sorted(ep.countries));
      });

      test(ep.people.length ? `${name} names ${ep.people.join(', ')}, in order of first mention` : `${name} names nobody`, () => {
        expect(paragraphAt(e, i).people).toEqual(ep.people);
      });
    });

    test(`${e.label} is tagged with the topics of its paragraphs: ${e.topics.join(', ') || 'none'}`, () => {
      expect(sorted(readoutOf(e).topics)).toEqual(sorted(e.topics));
    });

    test(e.partial ? `${e.label} is an excerpt ending "[Read the full text: …]", so it is partial` : `${e.label} is complete, not partial`, () => {
      expect(readoutOf(e).partial).toBe(e.partial);
    });

    test(e.sourceUrl ? `${e.label} links its source page ${e.sourceUrl}` : `${e.label} has no recorded source page`, () => {
      expect(readoutOf(e).sourceUrl).toBe(e.sourceUrl);
    });

    test(
      e.alsoPublishedAt.length ? `${e.label} lists ${e.alsoPublishedAt.length} republication as "also published at"` : `${e.label} lists no republication`,
      () => {
        expect(readoutOf(e).alsoPublishedAt).toEqual(e.alsoPublishedAt);
      },
    );
  });
}

describe('the State Department file', () => {
  test('only the joint statement has a date line: documents 2 and 3 take their date from content/sources.yaml', () => {
    const docs = archive.readouts.filter((r) => r.file === F1).sort((a, b) => a.document - b.document);
    expect(docs.map((r) => r.dateFrom)).toEqual(['text', 'sources.yaml', 'sources.yaml']); // line 4 is the only date line
  });

  test('the readout and the remarks end with "[Read the full text: …]" and are partial; the joint statement is complete', () => {
    expect(sourceText(F1).split('\n').flatMap((l, i) => (l.startsWith('[Read the full text:') ? [i + 1] : []))).toEqual([29, 36]);
    const docs = archive.readouts.filter((r) => r.file === F1).sort((a, b) => a.document - b.document);
    expect(docs.map((r) => r.partial)).toEqual([false, true, true]);
  });

  test('the remarks are one turn by SECRETARY BLINKEN, resolved to Antony Blinken', () => {
    const r = archive.readouts.find((x) => x.file === F1 && x.document === 3)!;
    expect(r.paragraphs.map((p) => [p.role, p.speaker, p.speakerPerson])).toEqual([['turn', 'SECRETARY BLINKEN', BLINKEN]]);
  });
});

// ---- every field of every meeting ------------------------------------------------------------------------------

interface ExpectedMeeting {
  label: string;
  id: string;
  date: string;
  title: string;
  format: Meeting['format'];
  channel: Meeting['channel'];
  countries: string[];
  /** Names and offices as people.yaml gives them on the date: the accounts write them differently. */
  participants: { name: string; person: string; office: string; country: string }[];
  startTime?: StartTime;
  startWords: string;
  durationMinutes?: number;
  durationApproximate?: boolean;
  location?: { city?: string; country?: string; texts: string[] };
  /** The occasion as one of the accounts words it. */
  occasions?: string[];
  readouts: string[];
  publishers: Meeting['publishers'];
  topics: string[];
  mentionedCountries: string[];
  mentionedPeople: string[];
}

const HAYASHI_P = { name: 'Hayashi Yoshimasa', person: HAYASHI, office: JP_FM, country: JP };
const PARK_P = { name: 'Park Jin', person: PARK, office: ROK_FM, country: ROK };
const BILATERAL_TITLE = 'Japan\u2013ROK Foreign Ministers\u2019 Meeting'; // en dash, curly apostrophe

const MEETINGS: ExpectedMeeting[] = [
  {
    label: 'the 2018 meeting',
    id: '2018-03-17-japan-rok',
    date: '2018-03-17',
    title: BILATERAL_TITLE,
    format: 'bilateral',
    channel: 'in-person',
    countries: [JP, ROK],
    participants: [
      { name: 'Kono Taro', person: KONO, office: JP_FM, country: JP },
      { name: 'Kang Kyung-wha', person: KANG, office: ROK_FM, country: ROK },
    ],
    startTime: { time: '09:30', approximate: true, basis: 'unstated' }, // 003 line 7: 'at around 9:30 a.m.'
    startWords: 'around 09:30, on an unstated clock',
    durationMinutes: 45,
    durationApproximate: true,
    readouts: [R003.id],
    publishers: ['mofa-japan'],
    topics: R003.topics,
    mentionedCountries: [US, NK],
    mentionedPeople: [SEO],
  },
  {
    label: 'the meeting of 13 July 2023',
    id: '2023-07-13-japan-rok',
    date: '2023-07-13',
    title: BILATERAL_TITLE,
    format: 'bilateral',
    channel: 'in-person',
    countries: [JP, ROK],
    participants: [HAYASHI_P, PARK_P],
    // 002 line 7: '10:00 a.m. (local time. 0:00 p.m. on July 13, Japan time)'
    startTime: { time: '10:00', approximate: false, basis: 'local', japanTime: { date: '2023-07-13', time: '12:00' } },
    startWords: '10:00 local time, 12:00 (noon) Japan time',
    durationMinutes: 45,
    durationApproximate: true,
    location: { country: ID, texts: ['Indonesia'] }, // 002 line 7 names only the country
    occasions: ["ASEAN-related Foreign Ministers' Meetings"],
    readouts: [R002.id],
    publishers: ['mofa-japan'],
    topics: R002.topics,
    mentionedCountries: [US, CN, NK, ID],
    mentionedPeople: [],
  },
  {
    label: 'the trilateral meeting of 14 July 2023',
    id: '2023-07-14-japan-us-rok',
    date: '2023-07-14',
    title: 'Japan\u2013U.S.\u2013ROK Foreign Ministers\u2019 Meeting',
    format: 'trilateral',
    channel: 'in-person',
    countries: [JP, US, ROK],
    participants: [HAYASHI_P, { name: 'Antony Blinken', person: BLINKEN, office: US_SEC, country: US }, PARK_P],
    // 000 line 8: '7:00 p.m. (local time, on July 14, 9:00 p.m. Japan time)'; the State texts give no time
    startTime: { time: '19:00', approximate: false, basis: 'local', japanTime: { date: '2023-07-14', time: '21:00' } },
    startWords: '19:00 local time, 21:00 Japan time',
    durationMinutes: 50,
    durationApproximate: true,
    // 000 line 8: 'Indonesia (Jakarta)'; 001 line 27: 'in Jakarta, Indonesia'
    location: { city: 'Jakarta', country: ID, texts: ['Indonesia (Jakarta)', 'Jakarta, Indonesia'] },
    occasions: ['ASEAN-related Foreign Ministers’ Meetings', 'East Asia Summit Foreign Ministers’ Meeting'],
    // MOFA first, then the State documents in the order the file holds them
    readouts: [R000.id, R001_1.id, R001_2.id, R001_3.id],
    publishers: ['mofa-japan', 'us-state-department'],
    topics: [ABD, NKM, UNSC, TSC, ED, ALPS, FOIP, ECON, UKR, DIS, HR],
    mentionedCountries: [NK, ID, UA],
    mentionedPeople: [MILLER],
  },
  {
    label: 'the meeting of 26 November 2023',
    id: '2023-11-26-japan-rok',
    date: '2023-11-26',
    title: BILATERAL_TITLE,
    format: 'bilateral',
    channel: 'in-person',
    countries: [JP, ROK],
    participants: [{ name: 'Kamikawa Yoko', person: KAMIKAWA, office: JP_FM, country: JP }, PARK_P],
    startTime: { time: '09:00', approximate: false, basis: 'unstated' }, // 004 line 7: 'at 09:00 a.m.'
    startWords: '09:00, on an unstated clock',
    durationMinutes: 85,
    durationApproximate: true,
    location: { city: 'Busan', country: ROK, texts: ['Busan, the Republic of Korea'] },
    occasions: ['Japan-China-ROK trilateral Foreign Ministers’ Meeting'],
    readouts: [R004.id],
    publishers: ['mofa-japan'],
    topics: R004.topics,
    mentionedCountries: [US, CN, NK],
    mentionedPeople: [],
  },
];

function meetingOf(e: ExpectedMeeting): Meeting {
  const found = archive.meetings.filter((m) => m.id === e.id);
  expect(found, `one meeting ${e.id}`).toHaveLength(1);
  return found[0]!;
}

for (const e of MEETINGS) {
  describe(e.label, () => {
    test(`${e.label} has the id ${e.id} and the date ${e.date}`, () => {
      const m = meetingOf(e);
      expect(m.id).toBe(e.id);
      expect(m.date).toBe(e.date);
    });

    test(`${e.label} is titled "${e.title}", with en dashes and a curly apostrophe`, () => {
      const m = meetingOf(e);
      expect(m.title).toBe(e.title);
      expect(m.title).toContain('\u2013');
      expect(m.title).toContain('Ministers\u2019');
    });

    test(`${e.label} is ${e.format} and ${e.channel}`, () => {
      const m = meetingOf(e);
      expect(m.format).toBe(e.format);
      expect(m.channel).toBe(e.channel);
    });

    test(`${e.label} is between ${e.countries.join(', ')}`, () => {
      expect(meetingOf(e).countries).toEqual(e.countries);
    });

    test(`${e.label} has as participants ${e.participants.map((p) => p.name).join(', ')}, with their offices on the day`, () => {
      expect(meetingOf(e).participants).toEqual(e.participants);
    });

    test(e.startTime ? `${e.label} starts at ${e.startWords}` : `${e.label} has no start time`, () => {
      const got = meetingOf(e).startTime;
      if (e.startTime) expect(got).toStrictEqual(e.startTime);
      else expect(got).toBeUndefined();
    });

    test(`${e.label} lasts ${e.durationApproximate ? 'about ' : ''}${e.durationMinutes} minutes`, () => {
      const m = meetingOf(e);
      expect(m.durationMinutes).toBe(e.durationMinutes);
      expect(m.durationApproximate).toBe(e.durationApproximate);
    });

    test(
      e.location
        ? `${e.label} took place in ${[e.location.city, e.location.country].filter(Boolean).join(', ')}${e.location.city ? '' : ', with no city stated'}`
        : `${e.label} states no place, so its location stays empty`,
      () => {
        const got = meetingOf(e).location;
        if (!e.location) {
          expect(got).toBeUndefined();
          return;
        }
        expect(got).toBeDefined();
        expect(got!.city).toBe(e.location.city);
        expect(got!.country).toBe(e.location.country);
        expect(e.location.texts).toContain(got!.text);
      },
    );

    test(e.occasions ? `${e.label} gives its occasion as one of its accounts words it` : `${e.label} states no occasion`, () => {
      const got = meetingOf(e).occasion;
      if (e.occasions) expect(e.occasions).toContain(got);
      else expect(got).toBeUndefined();
    });

    test(`${e.label} is reported by ${e.readouts.length} account${e.readouts.length === 1 ? '' : 's'}, in order ${e.readouts.join(', ')}`, () => {
      expect(meetingOf(e).readouts).toEqual(e.readouts);
    });

    test(`${e.label} is published by ${e.publishers.join(' and ')}`, () => {
      expect(sorted(meetingOf(e).publishers)).toEqual(sorted(e.publishers));
    });

    test(`${e.label} covers the topics its accounts discuss: ${e.topics.join(', ')}`, () => {
      expect(sorted(meetingOf(e).topics)).toEqual(sorted(e.topics));
    });

    test(`${e.label} mentions, without their taking part, ${e.mentionedCountries.join(', ')}`, () => {
      expect(sorted(meetingOf(e).mentionedCountries)).toEqual(sorted(e.mentionedCountries));
    });

    test(e.mentionedPeople.length ? `${e.label} mentions ${e.mentionedPeople.join(', ')} besides the participants` : `${e.label} mentions nobody besides the participants`, () => {
      expect(sorted(meetingOf(e).mentionedPeople)).toEqual(sorted(e.mentionedPeople));
    });

    test(`no two paragraphs of ${e.label} share an anchor`, () => {
      const anchors = meetingOf(e).readouts.flatMap((id) => archive.readouts.find((r) => r.id === id)!.paragraphs.map((p) => p.anchor));
      expect(new Set(anchors).size).toBe(anchors.length);
    });
  });
}

describe('the accounts of the 14 July 2023 meeting', () => {
  test('the four accounts sit under the anchors mofa, state-joint-statement, state and state-remarks', () => {
    const m = archive.meetings.find((x) => x.id === '2023-07-14-japan-us-rok')!;
    expect(m.readouts.map((id) => archive.readouts.find((r) => r.id === id)!.anchor)).toEqual(['mofa', 'state-joint-statement', 'state', 'state-remarks']);
  });

  test('every account of the meeting reports the same day and the same three ministers', () => {
    const m = archive.meetings.find((x) => x.id === '2023-07-14-japan-us-rok')!;
    for (const id of m.readouts) {
      const r = archive.readouts.find((x) => x.id === id)!;
      expect(r.date, id).toBe('2023-07-14');
      expect(sorted(r.participants.map((p) => p.person!)), id).toEqual(sorted([HAYASHI, BLINKEN, PARK]));
    }
  });
});
