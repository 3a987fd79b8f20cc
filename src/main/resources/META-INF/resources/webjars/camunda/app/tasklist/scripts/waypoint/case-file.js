// Waypoint: the person beside the task. A "Case file" tab on every task of a participant
// (or of a referral being screened), and "My participants" in the header: the caseload as
// people, most in need first (the file itself is drawn by /waypoint/case-file-view.js). A
// contact is recorded from the file with the participant already named, and a screener
// sees what the screening decided once the form is sent.
import {caseFile, day, el, getJson, post, showLoaded} from '/waypoint/case-file-view.js';
import {onSubmission} from './task-submissions.js';

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

/** The case file, with what Tasklist offers to do: record a contact. */
function tasklistCaseFile(file) {
  return caseFile(file, person => (person.participantId && person.caseNumber ? recordContactButton(person) : null));
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
    showLoaded(file, () => getJson(`/participants/${row.participantId}/case-file`), tasklistCaseFile);
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

// After a screening is sent, the screener sees what it decided (for any other task the
// server answers 404, and nothing is shown)
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
      showLoaded(file, () => getJson(`/tasks/${encodeURIComponent(taskId)}/case-file`), tasklistCaseFile);
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
