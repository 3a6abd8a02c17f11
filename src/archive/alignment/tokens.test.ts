import { describe, expect, it } from 'vitest';
import { termReader } from './fixtures.ts';

// Reading the curated data takes seconds: once per file, before the tests.
const reader = termReader();

const terms = (text: string) => reader.read(text, '2023-07-14');

describe('reading the terms of a sentence', () => {
  it('reads "North Korea" and "the DPRK" as one country', () => {
    expect(terms('North Korea fired.').countries).toEqual(terms('The DPRK fired.').countries);
  });

  it('reads "ROK" and "Republic of Korea" as one country', () => {
    expect(terms('the ROK side').terms).toEqual(terms('the Republic of Korea side').terms);
  });

  it('reads "ICBM-class ballistic missile" and "intercontinental ballistic missile (ICBM)" as one term', () => {
    expect(terms('an ICBM-class ballistic missile').terms).toEqual(terms('an intercontinental ballistic missile (ICBM)').terms);
  });

  it('reads "12 July 2023" and "July 12" as one day', () => {
    expect(terms('on 12 July 2023').dates).toEqual(['07-12']);
    expect(terms('on July 12').dates).toEqual(['07-12']);
  });

  it('reads a minister named by style and by full name as one person', () => {
    expect(terms('Foreign Minister Hayashi Yoshimasa spoke.').people).toEqual(['hayashi-yoshimasa']);
  });

  it('stems words so that tenses meet', () => {
    expect(terms('condemned').terms).toEqual(terms('condemn').terms);
  });

  it('leaves out the words every readout uses', () => {
    expect(terms('The three Ministers concurred to work closely together.').terms).toEqual([]);
  });

  it('adds the topics the sentence raises', () => {
    expect(terms('He raised the abductions issue.').topics).toEqual(['abductions-issue']);
  });
});
