# Domain validators (app/domain): serial numbers, GSTIN, e-way bill, vehicle numbers, transport/PIN/phone, GTIN.
foreach(_fb_t TestSerialNumber TestGstin TestEwayBill TestVehicleNumber TestTransport TestGtin)
    fb_add_test(${_fb_t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${_fb_t}.cpp LABELS unit LIBS fb_core)
endforeach()
# The enums' stable names (app/domain/EnumNames.h) and the spellings each one reads back.
fb_add_test(TestEnumNames SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestEnumNames.cpp LABELS unit LIBS fb_core)
