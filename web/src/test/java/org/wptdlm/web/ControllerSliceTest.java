package org.wptdlm.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.web.hub.HubService;
import org.wptdlm.web.pad.PadService;
import org.wptdlm.web.request.ChargingRequestService;
import org.wptdlm.web.system.security.DriverVehicles;
import org.wptdlm.web.vehicle.VehicleService;

/**
 * Base of the controller slice tests: the API's controllers and error handling over mocked services,
 * without security (tested through the running service) and without a database. One shared context.
 */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
            "org\\.wptdlm\\.web\\.(hub|pad|vehicle|request|event)\\.\\w+Controller",
            "org\\.wptdlm\\.web\\.system\\.ApiExceptionHandler"}),
        properties = "dlm.embedded.enabled=false")
@AutoConfigureMockMvc(addFilters = false)
public abstract class ControllerSliceTest {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected HubService hubs;

    @MockitoBean
    protected PadService pads;

    @MockitoBean
    protected VehicleService vehicles;

    @MockitoBean
    protected ChargingRequestService requests;

    @MockitoBean
    protected DlmEventRepository events;

    /** Lets every caller act for every vehicle; the driver rules are tested through the running service. */
    @MockitoBean
    protected DriverVehicles driverVehicles;
}
