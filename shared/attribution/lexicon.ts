/**
 * Word lists of English news attribution: titles, organisation words, first names with a usual
 * gender. Plain data, so a newsroom can extend them without touching the rules.
 */

/** Capitalised words that make the words before them (and themselves) a title, not a name. */
export const titleWords: ReadonlySet<string> = new Set([
  'Mayor', 'Senator', 'Sen', 'Alderman', 'Alderwoman', 'Ald', 'President', 'Vice', 'Premier', 'Minister',
  'Secretary', 'Undersecretary', 'Governor', 'Gov', 'Representative', 'Rep', 'Congressman', 'Congresswoman',
  'Assemblyman', 'Assemblywoman', 'Ambassador', 'Envoy', 'Consul', 'Professor', 'Prof', 'Dr', 'Mr', 'Mrs', 'Ms',
  'Miss', 'Mx', 'Judge', 'Justice', 'Magistrate', 'Chief', 'Director', 'General', 'Gen', 'Administrator',
  'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'CEO', 'CFO', 'Commissioner', 'Councillor', 'Councilor',
  'Councilman', 'Councilwoman', 'Officer', 'Sheriff', 'Detective', 'Det', 'Sergeant', 'Sgt', 'Lieutenant', 'Lt',
  'Colonel', 'Col', 'Captain', 'Capt', 'Major', 'Commander', 'Admiral', 'Marshal', 'Coach', 'Superintendent',
  'Supt', 'Inspector', 'Constable', 'Chancellor', 'Dean', 'Provost', 'Pastor', 'Father', 'Rev', 'Reverend',
  'Bishop', 'Archbishop', 'Cardinal', 'Pope', 'Rabbi', 'Imam', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess',
  'Lord', 'Lady', 'Sir', 'Dame', 'Attorney', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Deputy', 'Acting',
  'Speaker', 'Treasurer', 'Comptroller', 'Auditor', 'Coroner', 'MP', 'MEP', 'MSP', 'Emir', 'Sultan', 'Mufti',
  'Delegate', 'Trustee', 'Principal', 'Superintendant', 'Master', 'Engineer', 'Nurse', 'Doctor', 'Firefighter',
  'Trooper', 'Agent', 'Counsel', 'Solicitor', 'Barrister', 'Curator', 'Economist', 'Chemist', 'Fisherman', 'Farmer',
  'Teacher', 'Architect', 'Pilot', 'Historian', 'Scientist', 'Executive', 'Editor', 'Leader', 'Founder', 'Adviser',
  'Advisor', 'Manager', 'Analyst', 'Lawyer', 'Partner', 'Whip', 'Majority', 'Minority', 'Anchor', 'Host', 'Correspondent',
  'Columnist', 'Strategist', 'Pollster', 'Candidate', 'Nominee', 'Hopeful', 'Contender', 'Baron', 'Baroness', 'Earl',
  'Viscount', 'Duke', 'Duchess', 'Countess',
]);

/** Party and political labels that stand before a name (`Republican Jane Roe`) and belong in the title. */
export const partyLabels: ReadonlySet<string> = new Set([
  'Republican', 'Democrat', 'Democratic', 'GOP', 'Independent', 'Libertarian', 'Conservative', 'Labour', 'Liberal',
  'Tory', 'Socialist', 'Progressive',
]);

/** Titles of peers: `Lord Ashby` is the whole name, not the surname `Ashby` with a title. */
export const peerageTitles: ReadonlySet<string> = new Set(['Lord', 'Lady', 'Baron', 'Baroness', 'Earl', 'Viscount', 'Duke', 'Duchess', 'Countess']);

/** Endings of occupational words (`Fisherman`, `Chemist`, `Researcher`) that open a run as a title, not a name. */
export const occupationalEnding = /(er|ist|or|man|woman|ian|ant|ent|ess)$/;

/** Words that make a capitalised name an organisation or publication rather than a person. */
export const organisationWords: ReadonlySet<string> = new Set([
  'Department', 'Agency', 'Office', 'Council', 'University', 'College', 'School', 'Church', 'Times', 'News',
  'Post', 'Ministry', 'Association', 'Authority', 'Committee', 'Court', 'Police', 'Center', 'Centre', 'Museum',
  'Foundation', 'Fund', 'Party', 'Government', 'Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'LLC', 'Bank',
  'Institute', 'Service', 'Services', 'Commission', 'Board', 'League', 'Union', 'Club', 'Society', 'Organisation',
  'Organization', 'Network', 'Gazette', 'Herald', 'Journal', 'Magazine', 'Press', 'Radio', 'Television', 'TV',
  'Tribune', 'Weekly', 'Daily', 'Guardian', 'Telegraph', 'Reuters', 'Group', 'Administration', 'Assembly',
  'Parliament', 'Congress', 'Senate', 'Federation', 'Conference', 'Institution', 'Program', 'Programme',
  'Project', 'Academy', 'Hospital', 'Clinic', 'Airport', 'Station', 'Stadium', 'Arena', 'Wiki', 'Review',
  'Chronicle', 'Observer', 'Independent', 'Express', 'Mirror', 'Standard', 'Airlines', 'Army', 'Navy', 'Forces',
  'Bureau', 'Directorate', 'Secretariat', 'Cabinet', 'Coalition', 'Alliance', 'Trust', 'Campaign', 'Movement',
  'Gallery', 'Galleries', 'Library', 'Hall', 'Facility', 'Fair', 'Team', 'Agriculture', 'Affairs', 'Partners',
  'Municipality', 'House', 'Holdings', 'Industries', 'Systems', 'Technologies', 'Communications', 'Media', 'Studios', 'Records', 'Games',
]);

/** Lower-case head nouns of a description that names an organisation or a document it issued. */
export const organisationNouns: ReadonlySet<string> = new Set([
  'company', 'ministry', 'department', 'government', 'agency', 'council', 'police', 'office', 'firm', 'city',
  'administration', 'committee', 'court', 'commission', 'board', 'union', 'party', 'campaign', 'organisation',
  'organization', 'group', 'newspaper', 'paper', 'network', 'church', 'school', 'university', 'hospital',
  'website', 'site', 'report', 'document', 'letter', 'statement', 'questionnaire', 'study', 'survey', 'magazine',
  'broadcaster', 'station', 'channel', 'municipality', 'club', 'team', 'military', 'army', 'regime', 'embassy',
  'authority', 'authorities', 'agency', 'bank', 'association', 'federation', 'foundation', 'institute', 'service',
  'centre', 'center', 'museum', 'charity', 'trust', 'coalition', 'alliance', 'bureau', 'board', 'ministry', 'council',
]);

/** Head nouns of written documents: a document with an owner (`Cornyn's statement`) speaks for the owner. */
export const documentNouns: ReadonlySet<string> = new Set([
  'statement', 'letter', 'report', 'document', 'questionnaire', 'memo', 'email', 'post', 'message', 'website',
  'release', 'filing', 'tweet', 'blog', 'note', 'study', 'survey', 'ruling', 'order', 'notice', 'site',
]);

/** Lower-case role nouns: a run of capitals right before one is a modifier (`Environment Canada spokeswoman`). */
export const roleNouns: ReadonlySet<string> = new Set([
  'spokeswoman', 'spokesman', 'spokesperson', 'official', 'officials', 'minister', 'director', 'officer', 'chief',
  'leader', 'president', 'secretary', 'coach', 'captain', 'player', 'striker', 'defender', 'goalkeeper', 'manager',
  'chairman', 'chairwoman', 'chair', 'member', 'members', 'spokespeople', 'representative', 'researcher', 'professor',
  'analyst', 'lawyer', 'attorney', 'executive', 'founder', 'co-founder', 'editor', 'reporter', 'correspondent',
  'employee', 'employees', 'staff', 'worker', 'workers', 'campaigner', 'activist', 'ambassador', 'envoy', 'governor',
  'senator', 'mayor', 'deputy', 'administrator', 'commissioner', 'boss', 'head', 'student', 'students', 'team',
]);

/** Plural nouns for groups of unnamed people, capitalised only because they open a sentence (`Officials said`). */
export const groupNouns: ReadonlySet<string> = new Set([
  'officials', 'critics', 'residents', 'analysts', 'experts', 'police', 'witnesses', 'protesters', 'investigators',
  'authorities', 'prosecutors', 'researchers', 'scientists', 'doctors', 'activists', 'organizers', 'organisers',
  'lawmakers', 'supporters', 'opponents', 'parents', 'teachers', 'students', 'workers', 'officers', 'firefighters',
  'neighbors', 'neighbours', 'locals', 'sources', 'observers', 'economists', 'leaders', 'members', 'volunteers',
  'fans', 'villagers', 'survivors', 'relatives', 'campaigners', 'diplomats', 'rescuers', 'paramedics', 'employees',
]);

/** Nouns for unnamed people, singular or plural: a description with one can be `he` or `she` later. */
export const personNouns: ReadonlySet<string> = new Set([
  ...roleNouns, ...groupNouns, 'witness', 'resident', 'source', 'poster', 'author', 'man', 'woman', 'person', 'people',
  'teenager', 'victim', 'neighbour', 'neighbor', 'friend', 'relative', 'parent', 'mother', 'father', 'nurse', 'doctor',
  'teacher', 'voter', 'customer', 'passenger', 'driver', 'owner', 'farmer', 'engineer', 'scientist', 'expert', 'critic',
  'protester', 'aide', 'adviser', 'advisor', 'insider', 'diplomat', 'negotiator', 'investigator', 'prosecutor', 'official',
]);

/** Words that come before a run of capitals that is a place or thing, not a person. */
export const nonPersonLeads: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'at', 'from', 'into', 'near', 'across', 'throughout', 'on', 'to', 'via', 'outside',
  'inside', 'around', 'toward', 'towards',
]);

const femaleNames =
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine kathryn christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla lori julie jane claire louise fiona alison sophie chloe lucy zoe ingrid greta angela theresa nicola ' ;

const maleNames =
  'james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry steve tom andy chris tony mike bill jim bob ben sam max leo hugo felix oscar ivan';

function toSet(names: string): ReadonlySet<string> {
  return new Set(names.split(/\s+/).filter((name) => name.length > 0));
}

/** Common first names usually borne by women, lower case. */
export const femaleFirstNames: ReadonlySet<string> = toSet(femaleNames);
/** Common first names usually borne by men, lower case. */
export const maleFirstNames: ReadonlySet<string> = toSet(maleNames);

/** Titles and role nouns that tell a person's gender. */
export const genderedTitles: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'], ['father', 'm'], ['spokesman', 'm'],
  ['chairman', 'm'], ['congressman', 'm'], ['councilman', 'm'], ['businessman', 'm'],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['lady', 'f'], ['dame', 'f'], ['queen', 'f'], ['princess', 'f'],
  ['spokeswoman', 'f'], ['chairwoman', 'f'], ['congresswoman', 'f'], ['councilwoman', 'f'], ['businesswoman', 'f'],
]);
