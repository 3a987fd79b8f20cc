// Waypoint branding of Camunda Cockpit, and Waypoint's program view (customScripts, paths
// relative to app/cockpit/)
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Waypoint'
  },
  customScripts: ['scripts/waypoint/program']
};
