// Waypoint branding of Camunda Cockpit
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Waypoint'
  }
};
