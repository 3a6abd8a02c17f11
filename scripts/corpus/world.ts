// The invented world a generated corpus describes: countries, name pools, occasions and topic wording.
// Names are made up from common family and given names; none is meant to be a real office holder.

export type Gender = 'm' | 'f';

export interface WorldCountry {
  id: string;
  iso: string;
  name: string;
  shortName: string;
  slugToken: string;
  aliases: string[];
  cities: string[];
  /** The name in running text: "the Republic of Korea", "Australia". */
  inText: string;
  /** Before "Foreign Minister" in State Department titles: "Australian", "Republic of Korea". */
  adjective: string;
  /** MOFA's series line for pages about this country. */
  series: string;
  /** Whether its ministers take part in meetings (others are only mentioned). */
  partner: boolean;
  nameOrder: 'family-first' | 'given-first';
  families: string[];
  givens: [string, Gender][];
}

const c = (country: Omit<WorldCountry, 'families' | 'givens' | 'nameOrder' | 'partner'> & Partial<WorldCountry>): WorldCountry => ({
  partner: true,
  nameOrder: 'given-first',
  families: [],
  givens: [],
  ...country,
});

/** In the order meeting titles list them: Japan, the U.S., the ROK, China, then the rest. */
export const COUNTRIES: WorldCountry[] = [
  c({
    id: 'japan', iso: 'JP', name: 'Japan', shortName: 'Japan', slugToken: 'japan', aliases: ['Japan'], cities: ['Tokyo', 'Osaka', 'Kyoto', 'Hiroshima'],
    inText: 'Japan', adjective: 'Japanese', series: 'Japan', nameOrder: 'family-first',
    families: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Shimizu', 'Morita', 'Ikeda', 'Hashimoto', 'Ishikawa', 'Ogawa', 'Okada', 'Fujita', 'Goto', 'Murakami', 'Kondo', 'Sakamoto', 'Endo', 'Aoki'],
    givens: [['Ichiro', 'm'], ['Kenji', 'm'], ['Hiroshi', 'm'], ['Takeshi', 'm'], ['Masato', 'm'], ['Yuichi', 'm'], ['Shinji', 'm'], ['Akira', 'm'], ['Yoko', 'f'], ['Keiko', 'f'], ['Naoko', 'f'], ['Emiko', 'f']],
  }),
  c({
    id: 'united-states', iso: 'US', name: 'United States of America', shortName: 'U.S.', slugToken: 'us', aliases: ['United States', 'the U.S.', 'U.S.', 'USA'], cities: ['Washington', 'New York', 'San Francisco'],
    inText: 'the United States', adjective: 'U.S.', series: 'U.S.',
    families: ['Harrison', 'Whitfield', 'Caldwell', 'Brennan', 'Thornton', 'Ellison', 'Marlowe', 'Prescott', 'Hollis', 'Kendrick', 'Garland', 'Sutton', 'Radley', 'Ashford', 'Beckett', 'Lowell', 'Merritt', 'Sherwood', 'Talbot', 'Winslow', 'Hadley', 'Corbin', 'Bramwell', 'Easton', 'Fairbanks'],
    givens: [['Michael', 'm'], ['Daniel', 'm'], ['Robert', 'm'], ['Thomas', 'm'], ['Susan', 'f'], ['Catherine', 'f'], ['Ellen', 'f'], ['James', 'm'], ['Laura', 'f']],
  }),
  c({
    id: 'republic-of-korea', iso: 'KR', name: 'Republic of Korea', shortName: 'ROK', slugToken: 'rok', aliases: ['ROK', 'South Korea', 'Korea'], cities: ['Seoul', 'Busan'],
    inText: 'the Republic of Korea', adjective: 'Republic of Korea', series: 'Republic of Korea', nameOrder: 'family-first',
    families: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Han', 'Baek', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo'],
    givens: [['Min-jun', 'm'], ['Seo-yeon', 'f'], ['Ji-hoon', 'm'], ['Hyun-woo', 'm'], ['Eun-ji', 'f'], ['Dong-hyun', 'm'], ['Jae-won', 'm'], ['Soo-jin', 'f'], ['Sung-ho', 'm'], ['Young-mi', 'f']],
  }),
  c({
    id: 'china', iso: 'CN', name: "People's Republic of China", shortName: 'China', slugToken: 'china', aliases: ['China', 'PRC'], cities: ['Beijing', 'Shanghai'],
    inText: 'the People’s Republic of China', adjective: 'Chinese', series: 'China', nameOrder: 'family-first',
    families: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Gao', 'Zhu', 'Hu', 'Guo', 'Luo'],
    givens: [['Wei', 'm'], ['Jian', 'm'], ['Ming', 'm'], ['Hua', 'f'], ['Lei', 'm'], ['Jun', 'm'], ['Xiaoling', 'f'], ['Tao', 'm']],
  }),
  c({
    id: 'north-korea', iso: 'KP', name: "Democratic People's Republic of Korea", shortName: 'DPRK', slugToken: 'dprk', aliases: ['North Korea', 'DPRK'], cities: ['Pyongyang'],
    inText: 'North Korea', adjective: 'DPRK', series: 'North Korea', partner: false,
  }),
  c({
    id: 'australia', iso: 'AU', name: 'Australia', shortName: 'Australia', slugToken: 'australia', aliases: ['Australia'], cities: ['Canberra', 'Sydney'],
    inText: 'Australia', adjective: 'Australian', series: 'Australia',
    families: ['Mitchell', 'Sinclair', 'Baird', 'Hughes', 'Farrell', 'Kellett', 'Dunmore', 'Pryor', 'Rowland', 'Tully', 'Whitlock', 'Gorman', 'Lacey', 'Norris'],
    givens: [['Andrew', 'm'], ['Sarah', 'f'], ['Peter', 'm'], ['Julie', 'f'], ['Mark', 'm'], ['Helen', 'f']],
  }),
  c({
    id: 'india', iso: 'IN', name: 'India', shortName: 'India', slugToken: 'india', aliases: ['India'], cities: ['New Delhi', 'Mumbai'],
    inText: 'India', adjective: 'Indian', series: 'India',
    families: ['Mehta', 'Iyer', 'Kapoor', 'Reddy', 'Nair', 'Bose', 'Chatterjee', 'Menon', 'Rao', 'Desai', 'Pillai', 'Joshi', 'Kulkarni', 'Saxena'],
    givens: [['Arjun', 'm'], ['Priya', 'f'], ['Rahul', 'm'], ['Anjali', 'f'], ['Vikram', 'm'], ['Sunita', 'f']],
  }),
  c({
    id: 'indonesia', iso: 'ID', name: 'Republic of Indonesia', shortName: 'Indonesia', slugToken: 'indonesia', aliases: ['Indonesia'], cities: ['Jakarta', 'Bali'],
    inText: 'the Republic of Indonesia', adjective: 'Indonesian', series: 'Indonesia',
    families: ['Wibowo', 'Santoso', 'Hartono', 'Susanto', 'Prasetyo', 'Kurniawan', 'Setiawan', 'Gunawan', 'Nugroho', 'Purnomo', 'Hidayat', 'Saputra', 'Wijaya'],
    givens: [['Retno', 'f'], ['Budi', 'm'], ['Dewi', 'f'], ['Agus', 'm'], ['Sri', 'f'], ['Hadi', 'm']],
  }),
  c({
    id: 'philippines', iso: 'PH', name: 'Republic of the Philippines', shortName: 'Philippines', slugToken: 'philippines', aliases: ['Philippines'], cities: ['Manila'],
    inText: 'the Republic of the Philippines', adjective: 'Philippine', series: 'Philippines',
    families: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Garcia', 'Mendoza', 'Torres', 'Villanueva', 'Dizon', 'Salazar', 'Navarro', 'Pascual'],
    givens: [['Maria', 'f'], ['Jose', 'm'], ['Antonio', 'm'], ['Teresa', 'f'], ['Ramon', 'm'], ['Carmen', 'f']],
  }),
  c({
    id: 'canada', iso: 'CA', name: 'Canada', shortName: 'Canada', slugToken: 'canada', aliases: ['Canada'], cities: ['Ottawa', 'Toronto'],
    inText: 'Canada', adjective: 'Canadian', series: 'Canada',
    families: ['Tremblay', 'Gagnon', 'Bouchard', 'Gauthier', 'MacLeod', 'Lavoie', 'Fortin', 'Boucher', 'Pelletier', 'Ouellet', 'Belanger', 'Cormier', 'Leblanc'],
    givens: [['Marc', 'm'], ['Chantal', 'f'], ['Louis', 'm'], ['Anne', 'f'], ['Pierre', 'm'], ['Melanie', 'f']],
  }),
  c({
    id: 'france', iso: 'FR', name: 'French Republic', shortName: 'France', slugToken: 'france', aliases: ['France'], cities: ['Paris'],
    inText: 'the French Republic', adjective: 'French', series: 'France',
    families: ['Moreau', 'Laurent', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Faure', 'Mercier', 'Chevalier', 'Garnier'],
    givens: [['Jean', 'm'], ['Claire', 'f'], ['Nicolas', 'm'], ['Sophie', 'f'], ['Philippe', 'm'], ['Isabelle', 'f']],
  }),
  c({
    id: 'germany', iso: 'DE', name: 'Federal Republic of Germany', shortName: 'Germany', slugToken: 'germany', aliases: ['Germany'], cities: ['Berlin'],
    inText: 'the Federal Republic of Germany', adjective: 'German', series: 'Germany',
    families: ['Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hartmann', 'Krause', 'Lange'],
    givens: [['Stefan', 'm'], ['Sabine', 'f'], ['Martin', 'm'], ['Katrin', 'f'], ['Frank', 'm'], ['Petra', 'f']],
  }),
  c({
    id: 'italy', iso: 'IT', name: 'Italian Republic', shortName: 'Italy', slugToken: 'italy', aliases: ['Italy'], cities: ['Rome'],
    inText: 'the Italian Republic', adjective: 'Italian', series: 'Italy',
    families: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti'],
    givens: [['Marco', 'm'], ['Giulia', 'f'], ['Luca', 'm'], ['Francesca', 'f'], ['Paolo', 'm'], ['Chiara', 'f']],
  }),
  c({
    id: 'singapore', iso: 'SG', name: 'Republic of Singapore', shortName: 'Singapore', slugToken: 'singapore', aliases: ['Singapore'], cities: [],
    inText: 'the Republic of Singapore', adjective: 'Singaporean', series: 'Singapore', nameOrder: 'family-first',
    families: ['Tan', 'Ng', 'Goh', 'Teo', 'Ong', 'Koh', 'Chua', 'Wong', 'Low', 'Yeo', 'Quek', 'Sim'],
    givens: [['Boon Heng', 'm'], ['Mei Ling', 'f'], ['Kok Wah', 'm'], ['Siew Lan', 'f']],
  }),
  c({
    id: 'new-zealand', iso: 'NZ', name: 'New Zealand', shortName: 'New Zealand', slugToken: 'nz', aliases: ['New Zealand'], cities: ['Wellington', 'Auckland'],
    inText: 'New Zealand', adjective: 'New Zealand', series: 'New Zealand',
    families: ['Harland', 'Whitcombe', 'Ngata', 'Barrow', 'Fenwick', 'Kingsley', 'Ransome', 'Tasker', 'Holloway', 'Penrose', 'Ruddock', 'Upton'],
    givens: [['Grant', 'm'], ['Aroha', 'f'], ['Simon', 'm'], ['Rachel', 'f']],
  }),
  c({
    id: 'brazil', iso: 'BR', name: 'Federative Republic of Brazil', shortName: 'Brazil', slugToken: 'brazil', aliases: ['Brazil'], cities: ['Brasilia', 'Rio de Janeiro'],
    inText: 'the Federative Republic of Brazil', adjective: 'Brazilian', series: 'Brazil',
    families: ['Silva', 'Souza', 'Oliveira', 'Pereira', 'Lima', 'Carvalho', 'Ribeiro', 'Almeida', 'Barbosa', 'Rocha', 'Cardoso', 'Teixeira'],
    givens: [['Joao', 'm'], ['Ana', 'f'], ['Carlos', 'm'], ['Fernanda', 'f'], ['Rafael', 'm'], ['Beatriz', 'f']],
  }),
  c({
    id: 'ukraine', iso: 'UA', name: 'Ukraine', shortName: 'Ukraine', slugToken: 'ukraine', aliases: ['Ukraine'], cities: ['Kyiv'],
    inText: 'Ukraine', adjective: 'Ukrainian', series: 'Ukraine',
    families: ['Kovalenko', 'Bondarenko', 'Shevchenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Lysenko', 'Marchenko', 'Savchenko', 'Rudenko', 'Moroz'],
    givens: [['Dmytro', 'm'], ['Olena', 'f'], ['Andriy', 'm'], ['Iryna', 'f']],
  }),
  c({
    id: 'russia', iso: 'RU', name: 'Russian Federation', shortName: 'Russia', slugToken: 'russia', aliases: ['Russia', 'Russian Federation'], cities: ['Moscow'],
    inText: 'the Russian Federation', adjective: 'Russian', series: 'Russia', partner: false,
  }),
];

/** Families of State Department spokespersons, apart from the ministers' so a style never names two people. */
export const SPOKESPERSON_FAMILIES = ['Pennington', 'Aldridge', 'Cartwright', 'Dunbar', 'Everly', 'Holbrook', 'Kessler', 'Langford', 'Middleton', 'Northrup', 'Oakley', 'Remington', 'Stratton', 'Vickers', 'Wakefield', 'Yardley'];

export interface Occasion {
  name: string;
  months: number[];
  hosts: { country: string; city?: string }[];
}

export const OCCASIONS: Occasion[] = [
  { name: 'the ASEAN-related Foreign Ministers’ Meetings', months: [7, 8], hosts: [{ country: 'indonesia', city: 'Jakarta' }, { country: 'philippines', city: 'Manila' }, { country: 'singapore' }] },
  { name: 'the G7 Foreign Ministers’ Meeting', months: [4, 5, 11], hosts: [{ country: 'france', city: 'Paris' }, { country: 'germany', city: 'Berlin' }, { country: 'italy', city: 'Rome' }, { country: 'canada', city: 'Ottawa' }, { country: 'united-states', city: 'Washington' }] },
  { name: 'the G20 Foreign Ministers’ Meeting', months: [2, 3, 9], hosts: [{ country: 'india', city: 'New Delhi' }, { country: 'indonesia', city: 'Bali' }, { country: 'brazil', city: 'Rio de Janeiro' }, { country: 'australia', city: 'Sydney' }] },
  { name: 'the United Nations General Assembly', months: [9], hosts: [{ country: 'united-states', city: 'New York' }] },
  { name: 'the APEC Ministerial Meeting', months: [11], hosts: [{ country: 'australia', city: 'Sydney' }, { country: 'philippines', city: 'Manila' }, { country: 'new-zealand', city: 'Auckland' }, { country: 'united-states', city: 'San Francisco' }] },
];

/** One way of saying something about a topic, used only in the years given. */
export interface Wording {
  text: string;
  from?: number;
  until?: number;
}

export interface WorldTopic {
  id: string;
  label: string;
  description: string;
  phrases: string[];
  related: string[];
  /** Sentences in MOFA's voice: {both} "The two Ministers", {jp} "Minister Tanaka", {x} the partner minister. */
  mofa: Wording[];
  /** Sentences in the State Department's voice: {x} the partner minister, {partner} the partner country. */
  state: Wording[];
  /** Whether the topic fits a meeting of these countries; every meeting when absent. */
  fits?: (countries: string[]) => boolean;
}

export const TOPICS: WorldTopic[] = [
  {
    id: 'abductions-issue',
    label: 'Abductions issue',
    description: 'The abduction of Japanese citizens by North Korea in the 1970s and 1980s, which Japan treats as a top priority\nand raises with its partners at almost every meeting.',
    phrases: ['abductions issue', 'abduction issue', 'abductions', 'abductees'],
    related: ['north-korea-nuclear-missile', 'human-rights-north-korea'],
    fits: (ids) => ids.includes('japan'),
    mofa: [
      { text: '{jp} requested continued understanding and cooperation toward the early resolution of the abductions issue, and {x} expressed support.', until: 2018 },
      { text: '{both} confirmed that they would continue to apply maximum pressure on North Korea, and {jp} sought cooperation toward the resolution of the abductions issue.', from: 2016, until: 2018 },
      { text: '{jp} stated that the path to dialogue with North Korea remains open, and expressed appreciation for the consistent support of {x} for the immediate resolution of the abductions issue.', from: 2019 },
    ],
    state: [{ text: 'The Secretary reaffirmed U.S. support for the immediate resolution of the abductions issue.' }],
  },
  {
    id: 'north-korea-nuclear-missile',
    label: 'North Korea’s nuclear and missile programmes',
    description: 'North Korea’s development of nuclear weapons and ballistic missiles, and the calls for the complete\ndenuclearization of the Korean Peninsula.',
    phrases: ['ballistic missile', 'ballistic missiles', 'ICBM', 'denuclearization', 'nuclear and missile', 'nuclear test', 'nuclear tests'],
    related: ['un-security-council', 'extended-deterrence'],
    mofa: [
      { text: 'With regard to North Korea, {both} strongly condemned the repeated ballistic missile launches, which pose a grave threat to the peace and security of the region.' },
      { text: '{both} confirmed that they would continue to apply maximum pressure until North Korea abandons its nuclear and missile programs in a complete, verifiable and irreversible manner.', from: 2016, until: 2018 },
      { text: '{both} shared serious concern over the nuclear and missile development of North Korea and affirmed close coordination toward denuclearization.', from: 2019 },
    ],
    state: [
      { text: 'They condemned the DPRK’s ballistic missile launches and reaffirmed their commitment to the complete denuclearization of the Korean Peninsula.' },
    ],
  },
  {
    id: 'un-security-council',
    label: 'UN Security Council resolutions and sanctions',
    description: 'Resolutions of the UN Security Council on North Korea and the sanctions they impose:\n\n| Resolution | Year |\n| --- | --- |\n| 1718 | 2006 |\n| 2397 | 2017 |',
    phrases: ['Security Council resolutions', 'UNSC resolutions', 'sanctions'],
    related: ['north-korea-nuclear-missile'],
    mofa: [{ text: '{both} confirmed the importance of the full implementation of the relevant Security Council resolutions by the international community.' }],
    state: [{ text: 'The Secretary and {x} underscored the need for all UN Member States to fully implement UNSC resolutions and sanctions.' }],
  },
  {
    id: 'extended-deterrence',
    label: 'Extended deterrence',
    description: 'The commitment of the United States to defend its allies, backed by the full range of its capabilities.',
    phrases: ['extended deterrence', 'full range of capabilities', 'commitment to defend'],
    related: ['north-korea-nuclear-missile'],
    fits: (ids) => ids.includes('united-states') && ids.some((id) => ['japan', 'republic-of-korea', 'australia', 'philippines'].includes(id)),
    mofa: [{ text: '{both} confirmed that the U.S. commitment to extended deterrence, backed by the full range of capabilities, remains unwavering.' }],
    state: [{ text: 'The Secretary reaffirmed the ironclad U.S. commitment to defend {partner}, backed by the full range of capabilities, including nuclear.' }],
  },
  {
    id: 'free-and-open-indo-pacific',
    label: 'Free and Open Indo-Pacific',
    description: 'The vision of a free and open Indo-Pacific (FOIP), built on the rule of law, freedom of navigation and\neconomic connectivity.',
    phrases: ['free and open Indo-Pacific', 'FOIP'],
    related: ['maritime-security', 'economic-security'],
    mofa: [{ text: '{both} concurred to work together toward realizing a free and open Indo-Pacific.', from: 2016 }],
    state: [{ text: 'They discussed their shared vision of a free and open Indo-Pacific.', from: 2017 }],
  },
  {
    id: 'economic-security',
    label: 'Economic security',
    description: 'Cooperation against economic coercion and for resilient supply chains, including:\n\n- critical minerals;\n- export controls on emerging technologies.',
    phrases: ['economic security', 'supply chains', 'economic coercion', 'critical minerals'],
    related: ['free-and-open-indo-pacific'],
    mofa: [{ text: '{both} concurred to strengthen cooperation on economic security, including resilient supply chains.', from: 2019 }],
    state: [{ text: 'The Secretary and {x} discussed efforts to counter economic coercion and to build resilient supply chains for critical minerals.', from: 2020 }],
  },
  {
    id: 'ukraine',
    label: 'Ukraine',
    description: 'The situation in and around Ukraine, and from 2022 Russia’s aggression against it.',
    phrases: ['Ukraine', 'Russia’s aggression', 'Russian aggression'],
    related: [],
    mofa: [
      { text: '{both} exchanged views on the situation in Ukraine.', from: 2014, until: 2021 },
      { text: '{both} strongly condemned Russia’s aggression against Ukraine and confirmed continued support for Ukraine.', from: 2022 },
    ],
    state: [{ text: 'They reaffirmed their steadfast support for Ukraine in the face of Russia’s aggression.', from: 2022 }],
  },
  {
    id: 'maritime-security',
    label: 'Maritime security',
    description: 'The rule of law at sea, freedom of navigation, and the situation in the East and South China Seas.',
    phrases: ['South China Sea', 'East China Sea', 'freedom of navigation', 'rule of law at sea'],
    related: ['free-and-open-indo-pacific'],
    mofa: [{ text: '{both} expressed serious concern over the situation in the East China Sea and the South China Sea, and confirmed the importance of the rule of law at sea.' }],
    state: [{ text: 'They underscored the importance of freedom of navigation and overflight in the South China Sea.' }],
  },
  {
    id: 'climate-change',
    label: 'Climate change',
    description: 'Cooperation on climate change, energy transition and decarbonization.',
    phrases: ['climate change', 'decarbonization', 'net zero'],
    related: [],
    mofa: [{ text: '{both} confirmed that they would cooperate in addressing climate change, including toward decarbonization.' }],
    state: [{ text: 'The Secretary and {x} discussed cooperation on the climate crisis and on reaching net zero emissions.', from: 2009 }],
  },
  {
    id: 'people-to-people-exchange',
    label: 'People-to-people exchange',
    description: 'Exchanges between peoples through travel, youth programmes and culture.',
    phrases: ['people-to-people', 'youth exchanges', 'cultural exchanges'],
    related: [],
    mofa: [{ text: '{both} welcomed the growth of people-to-people exchanges and shared the view to expand youth exchanges.' }],
    state: [{ text: 'They celebrated the deep people-to-people ties between the United States and {partner}.' }],
  },
  {
    id: 'human-rights-north-korea',
    label: 'Human rights in North Korea',
    description: 'The human rights situation in North Korea.',
    phrases: ['human rights'],
    related: ['abductions-issue'],
    mofa: [{ text: '{both} confirmed close cooperation on the human rights situation in North Korea.' }],
    state: [{ text: 'They called on the DPRK to end its human rights violations and abuses.' }],
  },
  {
    id: 'trilateral-cooperation',
    label: 'Trilateral cooperation',
    description: 'Cooperation among three partners, such as Japan, the United States and the Republic of Korea.',
    phrases: ['trilateral cooperation', 'trilateral security cooperation'],
    related: ['extended-deterrence'],
    fits: (ids) => ids.length >= 3,
    mofa: [{ text: '{both} concurred to further strengthen trilateral cooperation at multiple levels.' }],
    state: [{ text: 'They committed to deepen trilateral security cooperation.' }],
  },
  {
    id: 'un-security-council-reform',
    label: 'UN Security Council reform',
    description: 'Reform of the UN Security Council, including the expansion of its permanent and non-permanent seats.',
    phrases: ['Security Council reform', 'reform of the UN Security Council'],
    related: ['un-security-council'],
    fits: (ids) => ids.includes('japan'),
    mofa: [{ text: '{both} agreed to continue cooperating toward the reform of the UN Security Council.' }],
    state: [],
  },
];

/** Sentences without a topic, to pad points as the publishers do. */
export const PLAIN_MOFA = [
  '{both} welcomed the steady development of bilateral relations in a wide range of fields.',
  '{both} concurred to continue close communication at all levels.',
  'At the outset, {jp} welcomed {x} and expressed appreciation for the frank exchange of views.',
  '{both} exchanged views on regional and international affairs.',
  '{both} shared the view to hold the next meeting at an early date.',
];

export const PLAIN_STATE = [
  'The Secretary and {x} discussed a range of bilateral and regional issues.',
  'The Secretary thanked {x} for the close partnership between the United States and {partner}.',
  'They discussed ways to deepen cooperation on shared priorities.',
  'The two sides reviewed preparations for upcoming ministerial meetings and agreed to keep in close touch.',
  'The Secretary underscored the value the United States places on its ties with {partner}, built over many years.',
  'They also exchanged views on trade, energy, and health, and on steps to widen contacts between their peoples.',
  'The Secretary and {x} agreed that their teams would follow up on the points raised in the coming weeks.',
];
