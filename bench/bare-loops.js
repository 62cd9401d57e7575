// Bare loops: the arithmetic each custom function does, with no checking and
// no structure. Plain JavaScript, run inside the same node:vm context as the
// bundle so that both are measured on the same host.
/* eslint-disable */
var bareLoops = {
  sumColumn: function (grid) {
    var total = 0;
    for (var i = 0; i < grid.length; i++) {
      var value = grid[i][0];
      if (typeof value === 'number') total += value;
    }
    return total;
  },
  ROMI: function (revenue, cost) {
    var totalCost = bareLoops.sumColumn(cost);
    return (bareLoops.sumColumn(revenue) - totalCost) / totalCost;
  },
  CPL: function (cost, leads) {
    return bareLoops.sumColumn(cost) / bareLoops.sumColumn(leads);
  },
  CHANNEL_VERDICT: function (leads, cost, revenue) {
    var rows = leads.length;
    var blendedCost = 0;
    var blendedLeads = 0;
    for (var i = 0; i < rows; i++) {
      var l = leads[i][0];
      var c = cost[i][0];
      if (typeof l === 'number' && l > 0) {
        blendedLeads += l;
        blendedCost += typeof c === 'number' ? c : 0;
      }
    }
    var target = blendedCost / blendedLeads;
    var out = [];
    for (var j = 0; j < rows; j++) {
      var n = typeof leads[j][0] === 'number' ? leads[j][0] : 0;
      var spend = typeof cost[j][0] === 'number' ? cost[j][0] : 0;
      var r = revenue[j][0];
      var verdict = '';
      if (n === 0) verdict = spend === 0 ? '' : 'DROP';
      else if (n < 5) verdict = 'TEST';
      else {
        var high = spend / n > target;
        var losing = typeof r === 'number' && r < spend;
        verdict = high && losing ? 'DROP' : high || losing ? 'OPTIMIZE' : spend / n <= 0.8 * target ? 'SCALE' : 'KEEP';
      }
      out.push([verdict]);
    }
    return out;
  },
};
