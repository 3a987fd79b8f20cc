// Waypoint: policy changes and model migrations on the program page. A program admin picks
// a changed policy table (a DMN file from Camunda Modeler), sees what it would have decided
// over the last months (or, for service intensity, the open cases) beside what the tables in
// force decide, and deploys it with a reason; everyone who sees the program page sees the
// changes deployed. After a changed model is deployed, a dry run says which open cases can
// move to it, and they move as a Camunda batch.
import {el, getJson, moment, section, send, table} from '/waypoint/case-file-view.js';

const STANDARDS = [['averageLimit', 'average'], ['pacingThreshold', 'pacing'], ['cap', 'cap'],
  ['intensiveStandard', 'intensive']];

// the tables replayed over the capacity decisions; the others answer by case or evaluation
const CAPACITY_DECISION_TABLES = ['caseload-standards', 'referral-priority', 'referral-admission'];

const standardsLine = standards => STANDARDS.map(([key, label]) => `${label} ${standards[key]}`).join(', ');

const ruling = ({priority, decision, overAverage, reason}) =>
  el('span', {}, el('strong', {}, decision === 'ACCEPT' && overAverage ? 'ACCEPT, over the average' : decision),
    ` (priority ${priority ?? 'none'}) — ${reason}`);

function previewResult(preview, onDeployed) {
  const reason = el('input', {type: 'text', class: 'form-control input-sm waypoint-policy-reason',
    'aria-label': 'Why this changes', placeholder: 'Why this changes'});
  const message = el('div', {role: 'status'});
  const deploy = el('button', {type: 'button', class: 'btn btn-primary btn-sm', onclick: async () => {
    message.className = '';
    message.replaceChildren();
    try {
      const change = await send('POST', `/policy/previews/${preview.id}/deployment`, {reason: reason.value});
      message.className = 'text-success';
      message.replaceChildren(`Deployed as ${change.decisionKey} version ${change.version}: the next decision uses it.`);
      deploy.disabled = true;
      onDeployed();
    } catch (error) {
      message.className = 'text-danger';
      message.replaceChildren(error.message);
    }
  }}, 'Deploy');
  const standardsChange = preview.decisionKey === 'caseload-standards'
    ? el('p', {}, `Standards in force: ${standardsLine(preview.standardsInForce)}. Under the draft: `
      + `${standardsLine(preview.standardsUnderDraft)}.`) : null;
  return el('div', {class: 'waypoint-policy-preview'},
    CAPACITY_DECISION_TABLES.includes(preview.decisionKey) ? decisionsReplayed(preview, standardsChange)
      : outcomesReplayed(preview),
    el('div', {class: 'waypoint-policy-deploy'}, reason, deploy), message);
}

/** The capacity decisions of the last months, replayed. */
function decisionsReplayed(preview, standardsChange) {
  return [
    el('p', {class: 'waypoint-policy-summary'}, el('strong', {},
      `${preview.flipped} of ${preview.replayed} decisions would have gone otherwise`),
    ` (${preview.decisionKey} against version ${preview.baseVersion ?? 'none'}, decisions from ${moment(preview.from)}`
      + ` to ${moment(preview.until)}).`),
    standardsChange,
    table(['Door', 'Replayed', 'Accepted now', 'Accepted under the draft', 'Over the average now',
      'Over the average under the draft', 'Would go otherwise'],
    preview.byDoor.map(door => [door.door, String(door.replayed), String(door.acceptedInForce),
      String(door.acceptedUnderDraft), String(door.overAverageInForce), String(door.overAverageUnderDraft),
      String(door.flipped)])),
    preview.flips.length ? table(['Decided', 'Referral', 'Door', 'In force', 'Under the draft'],
      preview.flips.map(flip => [moment(flip.decidedAt), String(flip.referralId), flip.door, ruling(flip.inForce),
        ruling(flip.draft)])) : el('p', {}, 'No decision would have gone otherwise.')];
}

/** The open cases (service intensity) or the recorded evaluations, replayed. */
function outcomesReplayed(preview) {
  const what = preview.decisionKey === 'service-intensity' ? 'open cases' : 'recorded decisions';
  const subject = preview.decisionKey === 'service-intensity' ? 'Case' : 'Decided for';
  return [
    el('p', {class: 'waypoint-policy-summary'}, el('strong', {},
      preview.decisionKey === 'service-intensity' ? `${preview.flipped} of ${preview.replayed} open cases would or may`
        + ' change' : `${preview.flipped} of ${preview.replayed} recorded decisions would change`),
    ` (${preview.decisionKey} against version ${preview.baseVersion ?? 'none'}).`),
    table(['In force', what[0].toUpperCase() + what.slice(1), 'Would change'],
      preview.byGroup.map(group => [group.group, String(group.replayed), String(group.changed)])),
    preview.changes.length ? table([subject, 'In force', 'Under the draft'],
      preview.changes.map(change => [change.subject ?? '—', change.inForce, change.underDraft ?? '—']))
      : el('p', {}, `No ${what.slice(0, -1)} would change.`)];
}

function changesTable(changes) {
  if (!changes.length) {
    return el('p', {class: 'waypoint-policy-changes'}, 'No policy change deployed through a preview yet.');
  }
  const list = table(['Deployed', 'Table', 'Version', 'By', 'Why', 'Replayed', 'Would have gone otherwise'],
    changes.map(change => [moment(change.deployedAt), change.decisionKey, String(change.version), change.deployedBy,
      change.reason, String(change.replayed), String(change.flipped)]));
  list.classList.add('waypoint-policy-changes');
  return list;
}

/** The policy changes section: the preview form, its result, and the changes deployed. */
export function policySection() {
  const changes = el('div', {}, el('p', {class: 'text-muted'}, 'Loading…'));
  const showChanges = () => getJson('/policy/changes').then(list => changes.replaceChildren(changesTable(list)))
    .catch(error => changes.replaceChildren(el('p', {class: 'text-muted'}, error.message)));
  const file = el('input', {type: 'file', accept: '.dmn,.xml', 'aria-label': 'Changed policy table'});
  const months = el('input', {type: 'number', min: 1, max: 24, value: 6, class: 'form-control input-sm',
    'aria-label': 'Months of decisions to replay'});
  const result = el('div', {'aria-live': 'polite'});
  const preview = el('button', {type: 'button', class: 'btn btn-default btn-sm', onclick: async () => {
    result.replaceChildren();
    if (!file.files.length) {
      result.replaceChildren(el('p', {class: 'text-danger', role: 'alert'}, 'Choose the changed table first.'));
      return;
    }
    try {
      const draft = await file.files[0].text();
      const answer = await send('POST', `/policy/previews?months=${encodeURIComponent(months.value)}`, draft,
        'application/xml');
      result.replaceChildren(previewResult(answer, showChanges));
    } catch (error) {
      result.replaceChildren(el('p', {class: 'text-danger', role: 'alert'}, error.message));
    }
  }}, 'Preview');
  showChanges();
  return section('Policy changes',
    el('p', {class: 'text-muted'}, 'Program admins: choose a changed policy table (a DMN file saved from Camunda'
      + ' Modeler) to see, beside what the tables in force decide, what it would have decided over the last months:'
      + ' the capacity decisions for caseload-standards, referral-priority and referral-admission, the recorded'
      + ' evaluations for referral-eligibility and capacity-alert, and for service-intensity which open cases\''
      + ' service model or cadence would change. Nothing changes until you deploy it with a reason.'),
    el('div', {class: 'waypoint-policy-form'}, file, months, el('span', {}, ' months '), preview),
    result, el('h5', {}, 'Deployed changes'), changes);
}

function migrationResult(processKey, dryRun, reload) {
  const message = el('div', {role: 'status'});
  const move = el('button', {type: 'button', class: 'btn btn-primary btn-sm', disabled: dryRun.canMigrate === 0,
    onclick: async () => {
      message.className = '';
      try {
        // only those the dry run showed: an instance started since waits for its own dry run
        const shown = dryRun.instances.filter(instance => instance.canMigrate)
          .map(instance => instance.processInstanceId);
        const moved = await send('POST', `/models/${encodeURIComponent(processKey)}/migration`,
          {processInstanceIds: shown});
        message.className = 'text-success';
        message.replaceChildren(`${moved.migrating.length} moving to version ${moved.targetVersion} (batch`
          + ` ${moved.batchIds.join(', ')}, under Batches in Cockpit); ${moved.notMigrated.length} stay.`);
        move.disabled = true;
        reload();
      } catch (error) {
        message.className = 'text-danger';
        message.replaceChildren(error.message);
      }
    }}, `Move the ${dryRun.canMigrate} that can`);
  return el('div', {class: 'waypoint-migration-dry-run'},
    el('p', {}, el('strong', {}, `${dryRun.canMigrate} can move to version ${dryRun.targetVersion},`
      + ` ${dryRun.cannotMigrate} cannot.`)),
    table(['Instance', 'Version', 'Waiting at', 'Can move'], dryRun.instances.map(instance => [
      instance.businessKey ?? instance.processInstanceId, String(instance.version), instance.waitingAt.join('; '),
      instance.canMigrate ? 'yes' : `no: ${instance.problems.join('; ')}`])),
    move, message);
}

/** Open cases on older versions of a changed model: a dry run per process, then the move. */
export function migrationSection() {
  const list = el('div', {}, el('p', {class: 'text-muted'}, 'Loading…'));
  const result = el('div', {'aria-live': 'polite'});
  const show = () => getJson('/models/migration').then(processes => list.replaceChildren(processes.length
    ? table(['Process', 'Latest version', 'Open on older versions', ''], processes.map(process => [
      process.name ?? process.processKey, String(process.latestVersion), String(process.openOnOlderVersions),
      el('button', {type: 'button', class: 'btn btn-default btn-sm', 'aria-label': `Dry run ${process.processKey}`,
        onclick: () => getJson(`/models/${encodeURIComponent(process.processKey)}/migration`)
          .then(dryRun => result.replaceChildren(migrationResult(process.processKey, dryRun, show)))
          .catch(error => result.replaceChildren(el('p', {class: 'text-danger', role: 'alert'}, error.message)))},
      'Dry run')]))
    : el('p', {}, 'Every open instance runs on its process\'s latest version.')))
    .catch(error => list.replaceChildren(el('p', {class: 'text-muted'}, error.message)));
  show();
  return section('Open cases on changed models',
    el('p', {class: 'text-muted'}, 'Program admins: after a changed model is deployed, its open instances stay on'
      + ' the version they started on. A dry run says of each whether it can move to the latest version (its steps'
      + ' matched by id) or why not; then move those that can.'),
    list, result);
}
