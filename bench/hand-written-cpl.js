// The yardstick of cold_start_ratio: =CPL written by hand as one Apps Script
// file would hold it, with the checks a person relies on (a cost or lead
// count that is text or negative, ranges of different sizes, no leads)
// and nothing else. Plain JavaScript, loaded the way dist/Code.js is.
/* eslint-disable */
function CPL(cost, leads, extra_cost) {
  function cells(name, value) {
    if (value === undefined || value === '') return [];
    if (!Array.isArray(value)) return [value];
    var out = [];
    for (var i = 0; i < value.length; i++) for (var j = 0; j < value[i].length; j++) out.push(value[i][j]);
    return out;
  }
  function sum(name, value) {
    var list = cells(name, value);
    var total = 0;
    for (var i = 0; i < list.length; i++) {
      var cell = list[i];
      if (cell === '' || cell === null) continue;
      if (typeof cell !== 'number') throw new Error('CPL: ' + name + ' holds "' + cell + '", not a number');
      if (cell < 0) throw new Error('CPL: ' + name + ' is negative (' + cell + ')');
      total += cell;
    }
    return total;
  }
  if (Array.isArray(cost) && Array.isArray(leads) && (cost.length !== leads.length || cost[0].length !== leads[0].length)) {
    throw new Error('CPL: cost and leads must be ranges of the same size');
  }
  var totalLeads = sum('leads', leads);
  if (totalLeads === 0) throw new Error('CPL: there are no leads');
  return (sum('cost', cost) + sum('extra_cost', extra_cost)) / totalLeads;
}
