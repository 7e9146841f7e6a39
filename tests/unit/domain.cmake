# Domain validators (app/domain): serial numbers, GSTIN, e-way bill, vehicle numbers, transport/PIN/phone, GTIN.
foreach(_fb_t TestSerialNumber TestGstin TestEwayBill TestVehicleNumber TestTransport TestGtin)
    fb_add_test(${_fb_t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${_fb_t}.cpp LABELS unit LIBS fb_core)
endforeach()
