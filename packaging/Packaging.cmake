# Installation layout and CPack (issue #7). Linux: a .deb whose dependencies dpkg-shlibdeps derives from the
# binaries, with the desktop entry, hicolor icons and AppStream metainfo; translations are compiled in.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/org.sosik.Sosik.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/org.sosik.Sosik.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/sosik.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.sosik.Sosik.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/sosik-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME org.sosik.Sosik.png)
    endforeach()
endif()

set(CPACK_PACKAGE_NAME "sosik")
set(CPACK_PACKAGE_VENDOR "The Sosik developers")
set(CPACK_PACKAGE_CONTACT "The Sosik developers <dev@sosik.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Korean news reader for Koreans abroad (소식)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_FILE_NAME "sosik-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # plugins Qt loads at run time (not visible to dpkg-shlibdeps)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://sosik.org/")
endif()
include(CPack)
