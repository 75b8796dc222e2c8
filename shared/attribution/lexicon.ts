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
  'Colonel', 'Col', 'Captain', 'Capt', 'Major', 'Maj', 'Commander', 'Cmdr', 'Admiral', 'Adm', 'Cpl', 'Pvt', 'Sens', 'Reps', 'Atty', 'Marshal', 'Coach', 'Superintendent',
  'Supt', 'Inspector', 'Constable', 'Chancellor', 'Dean', 'Provost', 'Pastor', 'Father', 'Rev', 'Reverend',
  'Bishop', 'Archbishop', 'Cardinal', 'Pope', 'Rabbi', 'Imam', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess',
  'Lord', 'Lady', 'Sir', 'Dame', 'Attorney', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Deputy', 'Acting', 'Former', 'Advocate',
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

/** Titles and role nouns that tell a person's gender. */
export const genderedTitles: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'], ['father', 'm'], ['spokesman', 'm'],
  ['chairman', 'm'], ['congressman', 'm'], ['councilman', 'm'], ['businessman', 'm'],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['lady', 'f'], ['dame', 'f'], ['queen', 'f'], ['princess', 'f'],
  ['spokeswoman', 'f'], ['chairwoman', 'f'], ['congresswoman', 'f'], ['councilwoman', 'f'], ['businesswoman', 'f'],
]);

/** Singular nouns that denote a person by role, trade, relation or description (`aide`, `actress`, `veteran`). */
const personRoleWords = (
  'official spokesman spokeswoman spokesperson spokesmodel aide adviser advisor assistant secretary minister president ' +
  'vice-president chairman chairwoman chair chairperson director executive officer chief head leader boss founder co-founder ' +
  'owner manager partner employee worker staffer staff member senator congressman congresswoman representative lawmaker ' +
  'legislator politician governor mayor councilman councilwoman councillor councilor alderman commissioner delegate ' +
  'candidate nominee contender hopeful challenger incumbent frontrunner front-runner runner-up strategist consultant pollster ' +
  'analyst expert economist scientist researcher scholar professor teacher student academic historian author writer ' +
  'editor reporter journalist correspondent columnist commentator anchor host blogger critic reviewer publisher producer ' +
  'director actor actress singer rapper musician artist comedian comic star celebrity athlete player coach captain ' +
  'lawyer attorney prosecutor judge justice counsel defender plaintiff defendant witness juror investigator detective ' +
  'agent police officer sheriff deputy trooper soldier veteran marine general admiral commander sergeant colonel lieutenant ' +
  'doctor physician surgeon nurse pharmacist psychologist psychiatrist therapist dentist paramedic firefighter ' +
  'engineer architect pilot driver farmer rancher fisherman miner banker investor trader businessman businesswoman ' +
  'entrepreneur developer donor fundraiser lobbyist activist advocate campaigner organizer organiser protester demonstrator ' +
  'volunteer supporter backer opponent rival ally friend colleague neighbor neighbour resident citizen voter constituent ' +
  'immigrant refugee migrant victim survivor relative parent mother father son daughter brother sister husband wife ' +
  'widow widower grandmother grandfather uncle aunt cousin child kid teenager teen girl boy man woman person guy lady ' +
  'gentleman individual insider source confidant operative diplomat ambassador envoy negotiator mediator observer monitor ' +
  'pastor priest minister rabbi imam bishop cardinal pope reverend preacher evangelical believer ' +
  'customer client patient passenger shopper consumer user poster follower viewer reader listener caller fan ' +
  'owner landlord tenant homeowner taxpayer retiree pensioner graduate alumnus alumna dean principal superintendent ' +
  'administrator regulator inspector auditor treasurer comptroller clerk registrar coroner examiner ' +
  'king queen prince princess emperor dictator ruler monarch premier chancellor ' +
  'republican democrat independent conservative liberal progressive moderate libertarian socialist ' +
  'hacker whistleblower leaker suspect accused gunman shooter attacker bomber terrorist militant fighter rebel ' +
  'commander-in-chief speaker whip spokespeople people folks everyone everybody someone somebody anyone nobody'
).split(' ');

/** Nouns for bodies and groups that can issue words (`campaign`, `ministry`, `committee`). */
const bodyWords = (
  'company firm corporation business group organization organisation association agency department ministry office ' +
  'bureau administration government council committee subcommittee commission board court panel jury tribunal ' +
  'campaign party union coalition alliance federation foundation institute institution center centre university college ' +
  'school hospital clinic church parish team club league network channel station broadcaster newspaper paper magazine ' +
  'outlet publication website site blog service authority authorities police military army navy embassy consulate ' +
  'regime state city county town village municipality district prosecutors watchdog charity trust fund bank ' +
  'firm startup manufacturer retailer airline carrier insurer lab laboratory think-tank tank family majority minority ' +
  'caucus conference delegation crowd audience public electorate congress senate house parliament legislature assembly'
).split(' ');

/** Nouns for things that carry words (`statement`, `poll`, `ad`): a quote can come from one. */
const carrierWords = (
  'statement letter report document questionnaire memo email post message website release filing tweet blog note ' +
  'study survey poll ruling order notice site ad advertisement commercial video op-ed editorial column article story ' +
  'book memoir transcript complaint lawsuit suit indictment petition platform resolution bill law motion proposal plan ' +
  'speech sign banner placard slogan headline caption label pamphlet brochure flyer mailer manifesto analysis review ' +
  'assessment estimate projection forecast finding findings data polling opinion decision verdict brief'
).split(' ');

function withPlurals(words: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const word of words) {
    all.add(word);
    if (/man$/u.test(word)) all.add(word.replace(/man$/u, 'men'));
    else if (/person$/u.test(word)) all.add(word.replace(/person$/u, 'people'));
    else if (/[^aeiou]y$/u.test(word)) all.add(word.replace(/y$/u, 'ies'));
    else if (/(?:s|x|ch|sh)$/u.test(word)) all.add(`${word}es`);
    else if (word === 'child') all.add('children');
    else all.add(`${word}s`);
  }
  return all;
}

/** Nouns that can head the phrase naming a speaker: people, bodies and the documents they issue (singular and plural). */
export const speakerNouns: ReadonlySet<string> = withPlurals([...personRoleWords, ...bodyWords, ...carrierWords, ...personNouns, ...organisationNouns, ...documentNouns]);

/** Nouns for a body that speaks as one (`the campaign`, `the ministry`): a phrase headed by one is an organisation. */
export const bodyNouns: ReadonlySet<string> = withPlurals(bodyWords);

/** Endings of nouns for people by what they do (`-ist`, `-ian`, `-eer`): such a noun can speak. */
export const personEnding = /(?:ists?|hands?|keepers?|ians?|eers?|ants?|ents?|ers?|ors?|(?:wo)?m[ae]n|persons?|people)$/u;
