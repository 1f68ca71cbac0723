// wpt-dlm dashboard: live-update indicator, CSRF for htmx requests, and the charts.
// The server renders chart data as JSON in a data-chart attribute; this file turns it into ECharts.
(function () {
    "use strict";

    var COLORS = ["#2563eb", "#16a34a", "#f59e0b", "#9333ea", "#0891b2", "#db2777", "#65a30d", "#ea580c",
        "#4f46e5", "#0d9488", "#ca8a04", "#be123c"];
    var LIMIT_COLOR = "#b91c1c";
    var GRID = {left: 56, right: 24, top: 36, bottom: 56};

    function csrfHeaders(event) {
        var token = document.querySelector("meta[name=_csrf]");
        var header = document.querySelector("meta[name=_csrf_header]");
        if (token && header && token.content) {
            event.detail.headers[header.content] = token.content;
        }
    }

    function setLive(connected) {
        var indicator = document.getElementById("live-indicator");
        if (!indicator) {
            return;
        }
        indicator.classList.toggle("connected", connected);
        indicator.querySelector(".live-text").textContent = connected ? "live" : "reconnecting…";
    }

    function axisLabels(data) {
        return data.slotLabels;
    }

    function kwAxis(name) {
        return {type: "value", name: name, nameTextStyle: {align: "left"}, splitLine: {lineStyle: {color: "#e5e9f0"}}};
    }

    var PRICE_COLOR = "#0f766e";
    var CARBON_COLOR = "#78716c";

    function limitSeries(data) {
        return {
            name: "Grid limit", type: "line", step: "end", data: data.limitKw, symbol: "none", z: 5,
            lineStyle: {color: LIMIT_COLOR, width: 2, type: "dashed"}, itemStyle: {color: LIMIT_COLOR}
        };
    }

    // A signal on its own right-hand axis: price (per kWh) or carbon intensity (g CO2/kWh).
    function signalSeries(name, values, axisIndex, color) {
        return {
            name: name, type: "line", step: "end", data: values, yAxisIndex: axisIndex, symbol: "none", z: 4,
            lineStyle: {color: color, width: 1.5}, itemStyle: {color: color}
        };
    }

    // The axis tooltip, with the source that set the binding limit in the hovered slot.
    function gridTooltip(data) {
        return function (params) {
            var slot = params.length ? params[0].dataIndex : 0;
            var lines = [params.length ? params[0].axisValueLabel : ""];
            params.forEach(function (p) {
                var value = p.value == null ? "–" : Number(p.value).toFixed(p.seriesName === "Price" ? 3 : 1);
                var line = p.marker + p.seriesName + ": " + value;
                if (p.seriesName === "Grid limit" && data.limitSources) {
                    line += " kW, set by " + data.limitSources[slot];
                }
                lines.push(line);
            });
            return lines.join("<br>");
        };
    }

    function baseOption(data, yName) {
        return {
            animationDurationUpdate: 300,
            color: COLORS,
            grid: GRID,
            tooltip: {trigger: "axis", valueFormatter: function (v) { return v == null ? "–" : v.toFixed(1); }},
            legend: {type: "scroll", bottom: 0},
            xAxis: {type: "category", data: axisLabels(data), axisTick: {alignWithLabel: true}},
            yAxis: kwAxis(yName)
        };
    }

    // Planned grid draw per slot, stacked by vehicle (or priority), against the binding limit (its
    // source on hover), with price and carbon intensity on axes of their own when the plan has them.
    function gridChart(data) {
        var option = baseOption(data, "kW from grid");
        option.series = data.stacks.map(function (stack) {
            return {name: stack.name, type: "bar", stack: "draw", barCategoryGap: "15%", data: stack.kw, emphasis: {focus: "series"}};
        });
        if (data.baseLoadKw) {
            option.series.unshift({name: "Base load", type: "bar", stack: "draw", data: data.baseLoadKw, itemStyle: {color: "#cbd5e1"}});
        }
        var limit = limitSeries(data);
        option.series.push(limit);
        var signalAxes = [];
        if (data.pricePerKwh) {
            signalAxes.push({name: "Price", values: data.pricePerKwh, unit: "per kWh", color: PRICE_COLOR});
        }
        if (data.carbonGPerKwh) {
            signalAxes.push({name: "Carbon", values: data.carbonGPerKwh, unit: "g CO₂/kWh", color: CARBON_COLOR});
        }
        if (signalAxes.length) {
            option.yAxis = [option.yAxis];
            option.grid = Object.assign({}, GRID, {right: 24 + 56 * signalAxes.length});
            signalAxes.forEach(function (axis, i) {
                option.yAxis.push({type: "value", name: axis.unit, position: "right", offset: 56 * i,
                    nameTextStyle: {color: axis.color}, axisLabel: {color: axis.color}, splitLine: {show: false}});
                option.series.push(signalSeries(axis.name, axis.values, i + 1, axis.color));
            });
        }
        option.tooltip = {trigger: "axis", formatter: gridTooltip(data)};
        if (data.yMaxKw) {
            var kwAxisOption = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
            kwAxisOption.max = Math.ceil(data.yMaxKw * 1.05);
        }
        if (data.nowIndex != null) {
            limit.markLine = {
                symbol: "none", silent: true, label: {formatter: "now", position: "insideEndTop"}, lineStyle: {color: "#0f172a", type: "solid"},
                data: [{xAxis: data.nowIndex}]
            };
        }
        return option;
    }

    // Each vehicle's state of charge over the horizon, with its target and departure marked.
    function socChart(data) {
        var option = baseOption(data, "SoC %");
        option.yAxis.max = 100;
        option.yAxis.min = 0;
        option.tooltip.valueFormatter = function (v) { return v == null ? "–" : v.toFixed(0) + " %"; };
        option.series = data.vehicles.map(function (vehicle, i) {
            var color = COLORS[i % COLORS.length];
            var marks = [{yAxis: vehicle.targetSocPercent, name: "target", lineStyle: {color: color, type: "dotted"}}];
            if (vehicle.departureIndex != null) {
                marks.push({xAxis: vehicle.departureIndex, name: "departs", lineStyle: {color: color, type: "dashed"}});
            }
            return {
                name: vehicle.name, type: "line", data: vehicle.socPercent, symbol: "none", smooth: false,
                lineStyle: {width: 2, color: color}, itemStyle: {color: color},
                markLine: {symbol: "none", silent: true, label: {show: false}, data: marks}
            };
        });
        return option;
    }

    // A benchmark run: one line per strategy over the sweep; reference lines (optimum, bound, capacity) dashed.
    function linesChart(data) {
        var option = baseOption({slotLabels: data.labels}, data.yName);
        option.xAxis.boundaryGap = false;
        option.series = data.lines.map(function (line) {
            var series = {name: line.name, type: "line", data: line.values, symbolSize: 6};
            if (line.reference) {
                var color = line.name === "capacity" ? LIMIT_COLOR : "#0f172a";
                series.lineStyle = {type: "dashed", width: 2, color: color};
                series.itemStyle = {color: color};
                series.symbol = "none";
            }
            return series;
        });
        return option;
    }

    var KINDS = {grid: gridChart, soc: socChart, lines: linesChart};

    function renderCharts(root) {
        if (!window.echarts) {
            return;
        }
        root.querySelectorAll("[data-chart]").forEach(function (element) {
            var data = JSON.parse(element.getAttribute("data-chart"));
            var build = KINDS[element.getAttribute("data-chart-kind")];
            if (!build) {
                return;
            }
            var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, {renderer: "canvas"});
            chart.setOption(build(data), true);
            element.setAttribute("data-rendered", "true");
        });
    }

    function disposeCharts(root) {
        if (!window.echarts) {
            return;
        }
        var charts = root.matches && root.matches("[data-chart]") ? [root] : [];
        root.querySelectorAll && root.querySelectorAll("[data-chart]").forEach(function (element) {
            charts.push(element);
        });
        charts.forEach(function (element) {
            var chart = echarts.getInstanceByDom(element);
            if (chart) {
                chart.dispose();
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.body.addEventListener("htmx:configRequest", csrfHeaders);
        document.body.addEventListener("htmx:sseOpen", function () { setLive(true); });
        document.body.addEventListener("htmx:sseError", function () { setLive(false); });
        document.body.addEventListener("htmx:beforeCleanupElement", function (event) { disposeCharts(event.target); });
        window.addEventListener("resize", function () {
            document.querySelectorAll("[data-chart]").forEach(function (element) {
                var chart = window.echarts && echarts.getInstanceByDom(element);
                if (chart) {
                    chart.resize();
                }
            });
        });
        htmx.onLoad(renderCharts);
    });
}());
