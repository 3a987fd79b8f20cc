// Waypoint: the person beside the task. A "Case file" tab on every task of a participant
// (or of a referral being screened), and "My participants" in the header: the caseload as
// people, most in need first. Data comes from Waypoint's API with Tasklist's own session;
// the server leaves out what the reader may not see and says so. A contact is recorded from
// the file with the participant already named, and a screener sees what the screening
// decided once the form is sent.
import {onSubmission} from './task-submissions.js';

const API = '/api';

const DATE = new Intl.DateTimeFormat(undefined, {year: 'numeric', month: 'short', day: 'numeric'});
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
});

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function getJson(path) {
  return answer(await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}}));
}

// a change carries the webapps' CSRF token, which they keep in this cookie
function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

async function post(path) {
  return answer(await fetch(API + path, {
    method: 'POST', credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()}
  }));
}

async function answer(response) {
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(response.status, body.error || `Waypoint answered ${response.status}`);
  }
  return response.json();
}

/** An element with attributes and children (text is always set as text, never as HTML). */
function el(tag, attributes = {}, ...children) {
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

const day = value => (value ? DATE.format(new Date(value)) : '—');
const moment = value => (value ? DATE_TIME.format(new Date(value)) : '—');

function facts(pairs) {
  return el('dl', {class: 'waypoint-facts'},
    pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

function section(title, ...content) {
  return el('section', {class: 'waypoint-section'}, el('h4', {}, title), ...content);
}

function table(headings, rows) {
  return el('table', {class: 'table table-condensed waypoint-table'},
    el('thead', {}, el('tr', {}, headings.map(heading => el('th', {}, heading)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell ?? '—'))))));
}

/** Shows a task in Tasklist's task view, keeping the filter and sorting chosen. */
function openTask(taskId) {
  const [path, query = ''] = window.location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  params.set('task', taskId);
  window.location.hash = `${path || '/'}?${params}`;
}

function recordContactButton(person) {
  const button = el('button', {type: 'button', class: 'btn btn-default btn-sm waypoint-record-contact'},
    'Record a contact');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      openTask((await post(`/participants/${person.participantId}/contacts/form`)).taskId);
      document.dispatchEvent(new CustomEvent('waypoint:task-opened'));
    } catch (error) {
      button.replaceWith(el('p', {class: 'text-danger'}, error.message));
    }
  });
  return button;
}

function personHeader(file) {
  const {person, standing} = file;
  const age = person.age !== null && person.age !== undefined ? `${person.age} years` : null;
  return el('header', {class: 'waypoint-person'},
    el('h3', {}, person.name, person.caseNumber ? el('small', {}, ` ${person.caseNumber}`) : null),
    person.participantId && person.caseNumber ? recordContactButton(person) : null,
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

function caseFile(file) {
  return el('article', {class: 'waypoint-case-file'},
    personHeader(file), crisisBanner(file.openCrisis), teamAndContacts(file), releases(file.releases),
    assessment(file.assessment), plan(file.plan), handoffs(file.handoffs), timeline(file.timeline),
    withheld(file.withheld));
}

function showLoaded(node, load, render) {
  node.replaceChildren(el('p', {class: 'text-muted'}, 'Loading…'));
  load().then(data => node.replaceChildren(render(data)))
    .catch(error => node.replaceChildren(el('p', {class: 'text-muted waypoint-no-file'}, error.message)));
}

function caseloadList(rows, open) {
  if (!rows.length) {
    return el('p', {}, 'Nobody on this caseload.');
  }
  return el('ul', {class: 'list-unstyled waypoint-caseload'}, rows.map(row =>
    el('li', {class: row.crisisOpen ? 'waypoint-row-crisis' : (row.contactOverdue ? 'waypoint-row-overdue' : null)},
      el('a', {href: '', onclick: event => { event.preventDefault(); open(row); }},
        el('strong', {}, row.name), ` ${row.caseNumber}`),
      el('div', {}, [row.crisisOpen ? 'Open crisis' : null, row.summary,
        row.contactOverdue ? `contact overdue since ${day(row.nextContactDue)}`
          : `next contact ${day(row.nextContactDue)}`].filter(Boolean).join(' · ')))));
}

/** The panel "My participants" opens: a caseload, then one person's file. */
function participantsPanel(close) {
  const body = el('div', {class: 'waypoint-panel-body'});
  const panel = el('aside', {class: 'waypoint-panel', role: 'dialog', 'aria-label': 'My participants'},
    el('header', {},
      el('h3', {}, 'My participants'),
      el('button', {type: 'button', class: 'btn btn-default btn-sm', onclick: close}, 'Close')),
    body);
  document.addEventListener('waypoint:task-opened', close, {once: true});
  const openFile = row => {
    const file = el('div');
    body.replaceChildren(
      el('button', {type: 'button', class: 'btn btn-link', onclick: () => showCaseload()}, '← Back to the list'),
      file);
    showLoaded(file, () => getJson(`/participants/${row.participantId}/case-file`), caseFile);
  };
  const showCaseload = caseManager => {
    const list = el('div');
    body.replaceChildren(list);
    showLoaded(list, async () => {
      if (caseManager) {
        return getJson(`/caseloads/${encodeURIComponent(caseManager)}`);
      }
      try {
        return await getJson('/my-participants');
      } catch (error) {
        if (error.status !== 403) {
          throw error;
        }
        return supervisorsChoice();
      }
    }, data => (data instanceof Node ? data : caseloadList(data, openFile)));
  };
  // supervisors pick any case manager's caseload
  const supervisorsChoice = async () => {
    const staff = await getJson('/case-managers');
    const choice = el('select', {class: 'form-control', 'aria-label': 'Case manager'},
      el('option', {value: ''}, 'Choose a case manager'),
      staff.map(caseManager => el('option', {value: caseManager.userId},
        `${caseManager.userId} (${caseManager.participants} of ${caseManager.ownLimit})`)));
    const list = el('div');
    choice.addEventListener('change', () => {
      if (choice.value) {
        showLoaded(list, () => getJson(`/caseloads/${encodeURIComponent(choice.value)}`),
          rows => caseloadList(rows, openFile));
      }
    });
    return el('div', {}, choice, list);
  };
  showCaseload();
  return panel;
}

// Opening another tab of a task (the case file, say) makes Tasklist build the form anew on
// the way back: what was typed is saved first, with the form's own Save button, and the
// form shows it again when its tab opens
document.addEventListener('click', event => {
  const otherTab = event.target.closest('[ng-click^="selectTaskDetailTab"]');
  const save = document.querySelector('.form-actions button[ng-click="save($event)"]:not([disabled])');
  if (otherTab && save) {
    save.click();
  }
}, true);

// After a screening is sent, the screener sees what it decided (the server answers 404
// for any other task)
onSubmission(async ({taskId, status}) => {
  if (status >= 300) {
    return;
  }
  let outcome;
  try {
    outcome = await getJson(`/tasks/${encodeURIComponent(taskId)}/screening-outcome`);
  } catch (error) {
    return;
  }
  const notice = el('div', {class: `alert waypoint-outcome ${outcome.caseNumber ? 'alert-success' : 'alert-info'}`,
    role: 'status'},
  el('button', {type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => notice.remove()}, '×'),
  el('strong', {}, `Screening sent: ${outcome.name}`), el('p', {}, outcome.decision),
  outcome.caseNumber ? el('p', {}, `Case ${outcome.caseNumber}, case manager ${outcome.caseManager},`
    + ` intake due ${day(outcome.intakeDue)}.`) : null);
  document.querySelectorAll('.waypoint-outcome').forEach(previous => previous.remove());
  document.body.append(notice);
});

export default [
  {
    id: 'waypoint.case-file',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    label: 'Case file',
    render: (node, {taskId}) => {
      const file = el('div', {class: 'waypoint-case-file-tab'});
      node.replaceChildren(file);
      showLoaded(file, () => getJson(`/tasks/${encodeURIComponent(taskId)}/case-file`), caseFile);
    }
  },
  {
    id: 'waypoint.my-participants',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    render: node => {
      let panel = null;
      const close = () => {
        panel?.remove();
        panel = null;
      };
      node.replaceChildren(el('a', {href: '', class: 'waypoint-my-participants', onclick: event => {
        event.preventDefault();
        if (panel) {
          close();
        } else {
          panel = participantsPanel(close);
          document.body.append(panel);
        }
      }}, 'My participants'));
    }
  }
];
