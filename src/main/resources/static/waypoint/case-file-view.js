// Waypoint's case file, drawn for any webapp (Tasklist's Case file tab and My participants,
// Cockpit's program view), from Waypoint's API with the webapp's own session; the server
// leaves out what the reader may not see and says so.
const API = '/api';

const DATE = new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'short', day: 'numeric'});
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
});

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path) {
  return answer(await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}}));
}

// a change carries the webapps' CSRF token, which they keep in this cookie
function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/**
 * A change (POST, PUT, DELETE), with a JSON body when one is given, or a file's text as it
 * is when its media type is.
 */
export async function send(method, path, body, mediaType) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()};
  if (body !== undefined) {
    headers['Content-Type'] = mediaType ?? 'application/json';
  }
  const payload = body === undefined || mediaType ? body : JSON.stringify(body);
  return answer(await fetch(API + path, {method, credentials: 'same-origin', headers, body: payload}));
}

export async function post(path) {
  return send('POST', path);
}

// a refusal names what was wrong ({"error", "problems"}), and the reader sees it all
async function answer(response) {
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const problems = Array.isArray(body.problems) && body.problems.length ? `: ${body.problems.join('; ')}` : '';
    throw new ApiError(response.status, (body.error || `Waypoint answered ${response.status}`) + problems);
  }
  return response.json();
}

/** An element with attributes and children (text is always set as text, never as HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'onclick') {
      element.addEventListener('click', value);
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

export const day = value => (value ? DATE.format(new Date(value)) : '—');
export const moment = value => (value ? DATE_TIME.format(new Date(value)) : '—');

export function facts(pairs) {
  return el('dl', {class: 'waypoint-facts'},
    pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

export function section(title, ...content) {
  return el('section', {class: 'waypoint-section'}, el('h4', {}, title), ...content);
}

export function table(headings, rows) {
  return el('table', {class: 'table table-condensed waypoint-table'},
    el('thead', {}, el('tr', {}, headings.map(heading => el('th', {}, heading)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell ?? '—'))))));
}

function personHeader(file, actions) {
  const {person, standing} = file;
  const age = person.age !== null && person.age !== undefined ? `${person.age} years` : null;
  return el('header', {class: 'waypoint-person'},
    el('h3', {}, person.name, person.caseNumber ? el('small', {}, ` ${person.caseNumber}`) : null),
    actions,
    el('p', {class: `waypoint-standing waypoint-standing-${standing.status.toLowerCase()}`}, standing.summary),
    facts([['Age', age], ['Born', person.dateOfBirth ? day(person.dateOfBirth) : null], ['Door', person.door],
      ['Referred by', [person.referringAgency, person.referringOfficer].filter(Boolean).join(', ')],
      ['Referred on', day(person.referredAt)], ['Reason', person.referralReason],
      ['Where to find them', person.contactHints], ['Intake due', standing.intakeDue ? day(standing.intakeDue) : null]]));
}

function crisisBanner(crisis) {
  if (!crisis) {
    return null;
  }
  return el('div', {class: 'alert alert-danger waypoint-crisis', role: 'alert'},
    el('strong', {}, `Open crisis: ${crisis.kind}`), ` reported ${moment(crisis.reportedAt)}`,
    crisis.respondedAt ? `, answered ${moment(crisis.respondedAt)}` : ', not answered yet',
    crisis.escalated ? ' (escalated to supervisors)' : '',
    crisis.description ? el('p', {}, crisis.description) : null);
}

function teamAndContacts(file) {
  const {team, contacts} = file;
  if (!team) {
    return null;
  }
  const caseManager = team.caseManagerName || team.caseManagerId;
  return section('Team and contact',
    facts([['Case manager', caseManager],
      ['Covered today by', team.coveredByName || team.coveredById],
      ['Follow-up by', team.followUpWorker],
      ['Service model', contacts.serviceModel],
      ['Contact', contacts.contactEveryDays ? `every ${contacts.contactEveryDays} days` : null],
      ['Last contact', contacts.lastContact ? `${moment(contacts.lastContact)}, ${contacts.lastContactPlace}` : 'none yet'],
      ['Next contact due', contacts.nextContactDue
        ? el('span', {class: contacts.overdue ? 'text-danger' : null},
          moment(contacts.nextContactDue), contacts.overdue ? ' (overdue)' : '')
        : null]]));
}

function releases(lines) {
  if (!lines.length) {
    return section('Releases of information', el('p', {}, 'None recorded: nothing may be shared.'));
  }
  return section('Releases of information', table(['Party', 'Scopes', 'Expires', 'In force'],
    lines.map(line => [line.partyName ? `${line.party}: ${line.partyName}` : line.party, line.scopes.join(', '),
      day(line.expiresOn), line.revokedAt ? `revoked ${day(line.revokedAt)}` : (line.inForce ? 'yes' : 'no')])));
}

function assessment(summary) {
  if (!summary) {
    return null;
  }
  const needs = Object.entries(summary.needs).map(([need, level]) => `${need}: ${level}`).join('; ');
  const responsivity = summary.responsivity;
  const title = summary.completedAt ? `Assessment of ${day(summary.completedAt)}`
    : `Assessment under way: the case manager's part of ${day(summary.caseManagerPartAt)}, the clinician's to come`;
  return section(title,
    facts([['Risk', summary.riskLevel], ['Needs', needs],
      ['Language', responsivity.language],
      ['Literacy support', responsivity.literacySupport ? 'yes' : null],
      ['Trauma-informed approach', responsivity.traumaInformed ? 'yes' : null],
      ['Cognitive needs', responsivity.cognitiveNeeds],
      ['Best times and places', responsivity.preferredTimesAndPlaces],
      ['Case manager\'s note', summary.caseManagerNote],
      ['Functional impairment', summary.clinical && summary.clinical.functionalImpairment],
      ['Serious mental illness', summary.clinical && summary.clinical.seriousMentalIllness !== null
        ? (summary.clinical.seriousMentalIllness ? 'yes' : 'no') : null],
      ['Substance use', summary.substanceUse],
      ['Clinician\'s note', summary.clinical && summary.clinical.clinicianNote],
      ['Peer specialist', summary.peerRecommended ? 'recommended' : null]]));
}

function plan(summary) {
  if (!summary) {
    return null;
  }
  return section(`Case plan, version ${summary.version} (${summary.status.toLowerCase()})`,
    table(['Domain', 'Goal', 'Actions', 'Target', 'Status'],
      summary.goals.map(goal => [goal.domain, goal.goal, goal.actions, day(goal.targetDate), goal.status])));
}

function handoffs(lines) {
  if (!lines.length) {
    return null;
  }
  return section('Warm handoffs', table(['Service', 'Provider', 'Appointment', 'Going along', 'Outcome'],
    lines.map(line => [line.service, [line.provider, line.providerContact].filter(Boolean).join(', '),
      line.appointmentAt ? `${moment(line.appointmentAt)}, ${line.appointmentPlace}` : null, line.accompaniedBy,
      line.outcome || (line.open ? 'open' : null)])));
}

function timeline(entries) {
  return section('What happened', el('ol', {class: 'waypoint-timeline'},
    entries.map(entry => el('li', {}, el('time', {datetime: entry.at}, moment(entry.at)), ' ', entry.what))));
}

function withheld(notes) {
  if (!notes.length) {
    return null;
  }
  return el('p', {class: 'text-muted waypoint-withheld'}, 'Not shown to you: ', notes.join('; '), '.');
}

/**
 * A participant's case file as the reader may see it; {@code actionsFor(person)} gives what
 * the webapp offers to do about them (Tasklist: record a contact), or nothing.
 */
export function caseFile(file, actionsFor = () => null) {
  return el('article', {class: 'waypoint-case-file'},
    personHeader(file, actionsFor(file.person)), crisisBanner(file.openCrisis), teamAndContacts(file), releases(file.releases),
    assessment(file.assessment), plan(file.plan), handoffs(file.handoffs), timeline(file.timeline),
    withheld(file.withheld));
}

export function showLoaded(node, load, render) {
  node.replaceChildren(el('p', {class: 'text-muted'}, 'Loading…'));
  load().then(data => node.replaceChildren(render(data)))
    .catch(error => node.replaceChildren(el('p', {class: 'text-muted waypoint-no-file'}, error.message)));
}
