// Waypoint: the program view in Cockpit, for supervisors and program admins. A "Program"
// page (cockpit.navigation + cockpit.route): caseloads against the program's numbers, as a
// chart (Chart.js, from its WebJar) and a table, and the people at risk of being lost, each
// opening their case file; each list as CSV; each case manager's own limit and leave, set
// here; a capacity forecast by staffing; policy changes previewed and deployed, open cases
// moved to changed models (policy.js). A summary on Cockpit's dashboard links to it.
import {ApiError, caseFile, day, el, getJson, moment, section, send, showLoaded, table} from '/waypoint/case-file-view.js';
import {migrationSection, policySection} from './policy.js';

const PAGE = '/waypoint-program';
const CHART_JS = '/webjars/chart.js/4.4.7/dist/chart.umd.js';

let chartLibrary;

// the page is drawn again after each change of a limit or leave: the old chart goes first
let caseloadChartDrawn;

/** Chart.js's UMD build, loaded once as a classic script (its ES build needs a bundler). */
function loadChartJs() {
  chartLibrary ??= new Promise((resolve, reject) => {
    const script = el('script', {src: CHART_JS});
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => reject(new Error('The chart library did not load')));
    document.head.append(script);
  });
  return chartLibrary;
}

const decimal = value => (Math.round(value * 10) / 10).toFixed(1);

function numbersLine(caseloads) {
  const pacing = caseloads.average >= caseloads.pacingThreshold;
  return el('p', {class: `waypoint-program-average ${pacing ? 'text-danger' : ''}`},
    el('strong', {}, `Average ${decimal(caseloads.average)}`),
    ` per full-time case manager: policy average ${caseloads.averageLimit}, staffing paced from`
    + ` ${caseloads.pacingThreshold}, cap ${caseloads.cap} for anyone, ${caseloads.intensiveStandard} in intensive`
    + ` service models. ${caseloads.waitingForScreening} referrals wait for screening.`);
}

/**
 * The program's numbers as lines across the chart (a small Chart.js plugin: with one case
 * manager, a line dataset would be a single point).
 */
function referenceLines(lines) {
  return {
    id: 'waypointReferenceLines',
    afterDatasetsDraw: chart => {
      const {ctx, chartArea, scales} = chart;
      ctx.save();
      lines.forEach(({value, color, label}) => {
        const y = scales.y.getPixelForValue(value);
        ctx.strokeStyle = color;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
        ctx.stroke();
        ctx.fillStyle = color;
        ctx.fillText(label, chartArea.right - ctx.measureText(label).width - 4, y - 4);
      });
      ctx.restore();
    }
  };
}

async function caseloadChart(caseloads) {
  const Chart = await loadChartJs();
  const canvas = el('canvas', {role: 'img', 'aria-label': 'Caseload of each case manager against their limit'});
  const wrapper = el('div', {class: 'waypoint-program-chart'}, canvas);
  const lines = [
    {value: caseloads.cap, color: '#a94442', label: `cap ${caseloads.cap}`},
    {value: caseloads.averageLimit, color: '#c77c02', label: `policy average ${caseloads.averageLimit}`},
    {value: caseloads.intensiveStandard, color: '#31708f', label: `intensive standard ${caseloads.intensiveStandard}`}
  ];
  // drawn once the canvas is in the page, so Chart.js can measure it
  requestAnimationFrame(() => {
    caseloadChartDrawn?.destroy();
    caseloadChartDrawn = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: caseloads.caseManagers.map(line => line.name),
        datasets: [
          {label: 'Participants', data: caseloads.caseManagers.map(cm => cm.participants), backgroundColor: '#0f6e6e'},
          {label: 'In intensive service models', data: caseloads.caseManagers.map(cm => cm.intensive),
            backgroundColor: '#7fb8b8'},
          {label: 'Own limit', data: caseloads.caseManagers.map(cm => cm.ownLimit),
            backgroundColor: 'rgba(0, 0, 0, 0.08)'}
        ]
      },
      options: {responsive: true, maintainAspectRatio: false, animation: false,
        scales: {y: {beginAtZero: true, suggestedMax: caseloads.cap + 2, title: {display: true, text: 'Participants'}}}},
      plugins: [referenceLines(lines)]
    });
  });
  return wrapper;
}

function caseloadTable(caseloads) {
  return table(['Case manager', 'Participants', 'Intensive', 'Own limit', 'Away today'],
    caseloads.caseManagers.map(cm => [cm.name, String(cm.participants), String(cm.intensive), String(cm.ownLimit),
      cm.away ? `yes, covered by ${cm.coveredBy || 'nobody'}` : 'no']));
}

function decisionsTable(caseloads) {
  if (!caseloads.decisionsThisMonth.length) {
    return el('p', {}, 'No capacity decisions this month yet.');
  }
  return table(['Door', 'Accepted', 'Declined', 'Why declined'],
    caseloads.decisionsThisMonth.map(door => [door.door, String(door.accepted), String(door.declined),
      Object.entries(door.declineReasons).map(([reason, count]) => `${count} × ${reason}`).join('; ') || '—']));
}

// what the last change saved, shown in its row once the page is drawn again
let saved = null;

/** One case manager's own limit and leave, each changed in place (and audited by the server). */
function staffRow(member, colleagues, cap, reload) {
  const message = el('div', {class: 'text-danger waypoint-staff-message', role: 'alert'});
  const done = saved?.userId === member.userId ? el('div', {class: 'text-success', role: 'status'}, saved.what) : null;
  const act = (what, change) => async () => {
    message.replaceChildren();
    try {
      await change();
      saved = {userId: member.userId, what};
      reload();
    } catch (error) {
      message.replaceChildren(error.message);
    }
  };
  const limit = el('input', {type: 'number', min: 1, max: cap, class: 'form-control input-sm',
    'aria-label': `Own limit of ${member.userId}`, value: member.limit ?? ''});
  const from = el('input', {type: 'date', class: 'form-control input-sm', 'aria-label': `Leave of ${member.userId} from`,
    value: member.awayFrom ?? ''});
  const until = el('input', {type: 'date', class: 'form-control input-sm',
    'aria-label': `Leave of ${member.userId} until`, value: member.awayUntil ?? ''});
  const cover = el('select', {class: 'form-control input-sm', 'aria-label': `Covering ${member.userId}`},
    el('option', {value: ''}, 'Covered by…'),
    colleagues.filter(colleague => colleague !== member.userId)
      .map(colleague => el('option', {value: colleague, selected: colleague === member.coveredBy}, colleague)));
  const button = (label, onclick) => el('button', {type: 'button', class: 'btn btn-default btn-sm', onclick}, label);
  return el('tr', {'data-case-manager': member.userId},
    el('td', {}, member.userId), el('td', {}, String(member.participants)),
    el('td', {}, limit, button('Save limit', act('Own limit saved', () => send('PUT', `/case-managers/${encodeURIComponent(member.userId)}/limit`,
      {limit: limit.value ? Number(limit.value) : null})))),
    el('td', {}, from, until, cover,
      button('Save leave', act('Leave saved', () => send('PUT', `/case-managers/${encodeURIComponent(member.userId)}/leave`,
        {from: from.value || null, until: until.value || null, coveredBy: cover.value || null}))),
      member.awayFrom ? button('End leave',
        act('Leave ended', () => send('DELETE', `/case-managers/${encodeURIComponent(member.userId)}/leave`))) : null),
    el('td', {}, message, done));
}

function staffSection(staff, cap, reload) {
  const colleagues = staff.map(member => member.userId);
  const rows = staff.map(member => staffRow(member, colleagues, cap, reload));
  saved = null;
  return section('Own limits and leave',
    el('p', {class: 'text-muted'}, `An own limit (1 to ${cap}; empty: the cap) for part-time or new staff counts as`
      + ' its share of a full-time case manager in the average. During a leave the colleague covering gets the'
      + ' absent case manager\'s open work, and it goes back the day after.'),
    el('table', {class: 'table table-condensed waypoint-table waypoint-staff'},
      el('thead', {}, el('tr', {}, ['Case manager', 'Participants', 'Own limit', 'Leave', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)));
}

const AT_RISK = [
  ['openCrises', 'Open crises', 'Reported'],
  ['inTheWind', 'In the wind', 'Last contact'],
  ['inactive', 'Inactive, still sought', 'Last contact'],
  ['contactOverdue', 'Contact overdue', 'Contact due'],
  ['intakesDue', 'Intakes due within 7 days or overdue', 'Intake due'],
  ['releasesExpiring', 'Releases ending within 30 days', 'Ends'],
  ['followUpsNotReached', 'Follow-ups not reached', 'Check-in']
];

function atRiskSection(key, title, atHeading, rows, openFile) {
  const heading = `${title} (${rows.length})`;
  const csv = el('a', {href: `/api/program/at-risk/${key}.csv`, class: 'waypoint-csv', download: `${key}.csv`}, 'CSV');
  if (!rows.length) {
    return section(heading, el('p', {class: 'text-muted'}, 'Nobody.'), csv);
  }
  const list = el('table', {class: 'table table-condensed waypoint-table', 'data-list': key},
    el('thead', {}, el('tr', {}, ['Participant', 'Case manager', atHeading, 'Days', 'What'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(row => el('tr', {class: row.inTime === false ? 'danger' : null},
      el('td', {}, el('a', {href: '', onclick: event => { event.preventDefault(); openFile(row); }},
        row.name, ' ', el('small', {}, row.caseNumber))),
      el('td', {}, row.caseManager ?? '—'), el('td', {}, key === 'openCrises' ? moment(row.at) : day(row.at)),
      el('td', {}, String(row.days)), el('td', {}, row.detail)))));
  return section(heading, list, csv);
}

const percent = share => (share.share === null ? '—' : `${Math.round(share.share * 100)}% (${share.count} of ${share.of})`);

/** A share's cell: the figure, and the case numbers behind it on hover and for the test. */
function shareCell(share) {
  return el('td', {title: share.caseNumbers.join(', ') || 'nobody', 'data-case-numbers': share.caseNumbers.join(' ')},
    percent(share));
}

/** The figures of one month, as rows of the fidelity table (one column per month). */
function fidelityRows(months) {
  const doors = [...new Set(months.flatMap(month => month.intakeByDoor.map(timing => timing.door)))];
  const days = Object.keys(months[0]?.followUpsReached ?? {});
  const row = (label, cell) => el('tr', {}, el('th', {scope: 'row'}, label), months.map(cell));
  const text = value => el('td', {}, value);
  const timing = (month, door) => month.intakeByDoor.find(line => line.door === door);
  return [
    ...doors.flatMap(door => [
      row(`${door}: days from referral to intake, median / 90th percentile`, month => {
        const line = timing(month, door);
        return text(line ? `${line.medianDays} / ${line.p90Days} (${line.intakes})` : '—');
      }),
      row(`${door}: intake within the window`, month => {
        const line = timing(month, door);
        return line ? shareCell(line.withinWindow) : text('—');
      })
    ]),
    row('Contacts per participant per week', month => text(String(month.contacts.perParticipantPerWeek))),
    row('Contacts in the field', month => shareCell(month.contacts.inTheField)),
    row('Warm handoffs engaged (phone referrals left out)', month => shareCell(month.handoffsEngaged)),
    ...days.map(day => row(`Follow-up reached, day ${day}`, month => shareCell(month.followUpsReached[day]))),
    row('Crises answered within the response time', month => shareCell(month.crisesAnsweredInTime)),
    row('Referrals accepted / declined', month => text(month.decisionsByDoor.length
      ? month.decisionsByDoor.map(door => `${door.door}: ${door.accepted} / ${door.declined}`).join('; ') : '—')),
    row('Average above the policy average', month => text(month.averageWentAboveLimit ? 'yes' : 'no'))
  ];
}

function fidelitySection() {
  const from = el('input', {type: 'month', class: 'form-control input-sm', 'aria-label': 'From month'});
  const to = el('input', {type: 'month', class: 'form-control input-sm', 'aria-label': 'To month'});
  const result = el('div');
  const csv = el('a', {class: 'waypoint-csv'}, 'CSV');
  const show = () => {
    const query = new URLSearchParams();
    if (from.value) {
      query.set('from', from.value);
    }
    if (to.value) {
      query.set('to', to.value);
    }
    csv.setAttribute('href', `/api/program/fidelity.csv?${query}`);
    showLoaded(result, () => getJson(`/program/fidelity?${query}`), fidelity => el('table',
      {class: 'table table-condensed waypoint-table waypoint-fidelity'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Figure'), fidelity.months.map(month => el('th', {}, month.month)))),
      el('tbody', {}, fidelityRows(fidelity.months))));
  };
  const button = el('button', {type: 'button', class: 'btn btn-default btn-sm', onclick: show}, 'Show');
  show();
  return section('Fidelity and outcomes, month by month',
    el('p', {class: 'text-muted'}, 'Each share names the participants behind it (hover over it). Months are UTC'
      + ' months; the last six up to this one when none are chosen.'),
    el('div', {class: 'waypoint-fidelity-period'}, from, to, button, csv), result);
}

let forecastChartDrawn;

const STAFFING = {'-1': 'One case manager fewer', 0: 'As staffed', 1: 'One case manager more'};

const inWeeks = weeks => (weeks === null || weeks === undefined ? 'not within the weeks ahead'
  : weeks === 0 ? 'now' : `in week ${weeks}`);

async function forecastChart(forecast) {
  const Chart = await loadChartJs();
  const canvas = el('canvas', {role: 'img', 'aria-label': 'Projected average caseload, week by week, by staffing'});
  const colors = {'-1': '#a94442', 0: '#0f6e6e', 1: '#31708f'};
  requestAnimationFrame(() => {
    forecastChartDrawn?.destroy();
    forecastChartDrawn = new Chart(canvas, {
      type: 'line',
      data: {
        labels: Array.from({length: forecast.weeksAhead + 1}, (_, week) => `week ${week}`),
        datasets: forecast.scenarios.filter(scenario => scenario.caseManagers > 0).map(scenario => ({
          label: STAFFING[scenario.caseManagerChange],
          data: scenario.averageByWeek, borderColor: colors[scenario.caseManagerChange], pointRadius: 0}))
      },
      options: {responsive: true, maintainAspectRatio: false, animation: false,
        // the policy's lines stay in sight even while the averages run below them
        scales: {y: {beginAtZero: true, suggestedMax: forecast.standards.averageLimit + 2,
          title: {display: true, text: 'Average per full-time case manager'}}}},
      plugins: [referenceLines([
        {value: forecast.standards.averageLimit, color: '#c77c02', label: `policy average ${forecast.standards.averageLimit}`},
        {value: forecast.standards.pacingThreshold, color: '#8a6d3b', label: `pacing ${forecast.standards.pacingThreshold}`}
      ])]
    });
  });
  return el('div', {class: 'waypoint-program-chart'}, canvas);
}

/** When the average reaches the program's numbers if the last weeks go on, by staffing. */
function forecastSection() {
  const result = el('div', {class: 'waypoint-forecast'}, el('p', {class: 'text-muted'}, 'Loading…'));
  getJson('/capacity/forecast').then(async forecast => result.replaceChildren(
    el('p', {}, `Over the last ${forecast.weeksLookedBack} weeks: ${decimal(forecast.acceptedPerWeek)} referrals`
      + ` accepted and ${decimal(forecast.endedPerWeek)} stays ended a week`
      + (forecast.averageStayDays === null ? '' : ` (stays of ${Math.round(forecast.averageStayDays)} days on average)`)
      + `; ${forecast.participantsNow} participants now.`),
    table(['Door', 'Decided a week', 'Accepted a week'], forecast.byDoor.map(door => [door.door,
      decimal(door.decidedPerWeek), decimal(door.acceptedPerWeek)])),
    await forecastChart(forecast),
    table(['Staffing', `Average at ${forecast.standards.pacingThreshold} (pacing)`,
      `Average at ${forecast.standards.averageLimit} (policy)`, 'First case manager at their own limit'],
    forecast.scenarios.map(scenario => scenario.caseManagers === 0
      ? [STAFFING[scenario.caseManagerChange], 'no case manager to take participants', '—', '—']
      : [STAFFING[scenario.caseManagerChange], inWeeks(scenario.weeksToPacing),
        inWeeks(scenario.weeksToAverageLimit), scenario.firstAtOwnLimit
          ? `${scenario.firstAtOwnLimit}, ${inWeeks(scenario.weeksToFirstAtOwnLimit)}` : inWeeks(null)]))))
    .catch(error => result.replaceChildren(el('p', {class: 'text-muted'}, error.message)));
  return section('Capacity forecast', el('p', {class: 'text-muted'}, 'The last 12 weeks carried forward 26 weeks:'
    + ' referrals accepted less stays ended, each newcomer to the least loaded case manager with room.'), result);
}

/** A side panel with one participant's case file. */
function openCaseFile(row) {
  document.querySelectorAll('.waypoint-panel').forEach(open => open.remove());
  const body = el('div', {class: 'waypoint-panel-body'});
  const panel = el('aside', {class: 'waypoint-panel', role: 'dialog', 'aria-label': `Case file of ${row.name}`},
    el('header', {}, el('h3', {}, 'Case file'),
      el('button', {type: 'button', class: 'btn btn-default btn-sm', onclick: () => panel.remove()}, 'Close')),
    body);
  document.body.append(panel);
  showLoaded(body, () => getJson(`/participants/${row.participantId}/case-file`), file => caseFile(file));
}

async function programPage(reload) {
  // the fidelity section loads its table itself: started first, it comes with the rest
  const fidelity = fidelitySection();
  const [caseloads, atRisk, staff] = await Promise.all([getJson('/program/caseloads'), getJson('/program/at-risk'),
    getJson('/case-managers')]);
  return el('div', {class: 'waypoint-program'},
    el('h2', {}, 'Program'),
    section('Caseloads now', numbersLine(caseloads), await caseloadChart(caseloads), caseloadTable(caseloads)),
    staffSection(staff, caseloads.cap, reload),
    section('Capacity decisions this month, by door', decisionsTable(caseloads)),
    forecastSection(),
    fidelity,
    el('h3', {}, 'People at risk of being lost'),
    AT_RISK.map(([key, title, atHeading]) => atRiskSection(key, title, atHeading, atRisk[key], openCaseFile)),
    policySection(),
    migrationSection());
}

function notForYou(error) {
  return el('p', {class: 'text-muted'}, error instanceof ApiError && error.status === 403
    ? 'The program view is for supervisors and program admins.' : error.message);
}

export default [
  {
    id: 'waypoint.program.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    label: 'Program',
    pagePath: `#${PAGE}`,
    checkActive: path => path.includes(`#${PAGE}`)
  },
  {
    id: 'waypoint.program.page',
    pluginPoint: 'cockpit.route',
    properties: {path: PAGE},
    render: node => {
      const show = () => programPage(show).then(page => node.replaceChildren(page))
        .catch(error => node.replaceChildren(notForYou(error)));
      node.replaceChildren(el('p', {class: 'text-muted'}, 'Loading…'));
      show();
    }
  },
  {
    id: 'waypoint.program.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => {
      node.replaceChildren(el('p', {class: 'text-muted'}, 'Loading…'));
      Promise.all([getJson('/program/caseloads'), getJson('/program/at-risk')]).then(([caseloads, atRisk]) => {
        node.replaceChildren(el('section', {class: 'waypoint-program-summary'},
          el('h3', {}, el('a', {href: `#${PAGE}`}, 'Program')), numbersLine(caseloads),
          el('p', {}, `${atRisk.openCrises.length} open crises, ${atRisk.inTheWind.length} in the wind,`
            + ` ${atRisk.contactOverdue.length} contacts overdue, ${atRisk.intakesDue.length} intakes due soon.`)));
      }).catch(error => node.replaceChildren(notForYou(error)));
    }
  }
];
