# Install rules and the Debian package (CPack) for Hope Reader.
#
# Included at the end of the top-level CMakeLists.txt:
#     include(packaging/install.cmake)
# or, without touching it, through
#     cmake ... -DCMAKE_PROJECT_INCLUDE=<source>/packaging/install.cmake
# which CMake reads right after project(), before any target exists. Either
# way the executable's rule is deferred to the end of the top-level
# directory, when hope-reader has been defined.
#
# Everything follows GNUInstallDirs, so any CMAKE_INSTALL_PREFIX and DESTDIR
# work. The executable needs nothing else at run time: the article, its
# clip, the fonts and the translations are compiled into it. The clip stays
# there rather than going to share/: it is 0.75 MB, stored uncompressed, and
# paged in from the executable only when it plays (through GStreamer's
# appsrc, no copy written), while an executable that carries everything runs
# the same from any prefix, from DESTDIR or from the build folder, with no
# data path to look up or get wrong.
#
#   bin/hope-reader
#   lib/<multiarch>/hope-reader/hope-player.so   (the player module: Qt
#       Multimedia, loaded on first Play from this fixed place only)
#   lib/<multiarch>/hope-reader/hope-print.so    (the print dialog: Qt Print
#       Support, loaded on first File > Print from the same place)
#   lib/<multiarch>/hope-reader/hope-pdf.so      (a PDF's outline and
#       metadata: qpdf, loaded on the first export from the same place)
#   share/applications/io.github.hopereader.HopeReader.desktop
#   share/metainfo/io.github.hopereader.HopeReader.metainfo.xml
#   share/mime/packages/io.github.hopereader.HopeReader.xml   (the bundle type)
#   share/icons/hicolor/{16x16..512x512,scalable}/apps/io.github.hopereader.HopeReader.{png,svg}
#   share/man/man1/hope-reader.1.gz
#   share/doc/hope-reader/{copyright,changelog.gz,LICENSE,THIRD-PARTY-NOTICES,
#                          LICENSE-noto-cjk.txt,LICENSE-noto.txt,
#                          LICENSE-cc-cedict.txt}
#
# cpack -G DEB (in the build folder) makes hope-reader_<version>_<arch>.deb.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(HOPE_APP_ID io.github.hopereader.HopeReader)
set(HOPE_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
get_filename_component(HOPE_TOP_DIR ${HOPE_PACKAGING_DIR} DIRECTORY)

# share/doc/<package>, as Debian and the FHS want, unless chosen otherwise
# (GNUInstallDirs would say share/doc/HopeReader, after the project name).
if(CMAKE_INSTALL_DOCDIR STREQUAL "${CMAKE_INSTALL_DATAROOTDIR}/doc/${PROJECT_NAME}")
    set(CMAKE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/hope-reader")
endif()

# --- The executable --------------------------------------------------------
function(hope_install_executable)
    if(TARGET hope-reader)  # not in the HOPE_FUZZ build
        install(TARGETS hope-reader RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        # Where PlayerLoader looks, relative to the executable (ui/CMakeLists.txt).
        install(TARGETS hope_player LIBRARY DESTINATION ${HOPE_PLAYER_INSTALL_DIR}
                PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        # The print and PDF modules, beside it (app/PrintDialog,
        # app/PdfFinisher).
        install(TARGETS hope_print hope_pdf LIBRARY DESTINATION ${HOPE_PLAYER_INSTALL_DIR}
                PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL hope_install_executable)

# --- Desktop integration ----------------------------------------------------
install(FILES ${HOPE_PACKAGING_DIR}/${HOPE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${HOPE_PACKAGING_DIR}/${HOPE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The bundle's MIME type, so a file manager opens a bundle with the reader
# (the desktop entry's MimeType and %f). Debian's shared-mime-info trigger
# rebuilds the database on install.
install(FILES ${HOPE_PACKAGING_DIR}/${HOPE_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${HOPE_APP_ID}.xml)
install(DIRECTORY ${HOPE_PACKAGING_DIR}/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
        FILES_MATCHING PATTERN "${HOPE_APP_ID}.png" PATTERN "${HOPE_APP_ID}.svg")

# --- Man page and changelog, compressed as Debian wants (gzip -9n: no name,
# no time stamp, so the package is reproducible); man -l reads it as is.
# Made at configure time, and again whenever the source changes.
find_program(HOPE_GZIP gzip REQUIRED)
function(hope_gzip source destination)
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
    execute_process(COMMAND ${HOPE_GZIP} -9nc ${source}
                    OUTPUT_FILE ${destination} RESULT_VARIABLE result)
    if(result)
        message(FATAL_ERROR "gzip ${source}: ${result}")
    endif()
endfunction()
set(HOPE_PACKAGING_BINARY_DIR ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${HOPE_PACKAGING_BINARY_DIR})
hope_gzip(${HOPE_PACKAGING_DIR}/hope-reader.1 ${HOPE_PACKAGING_BINARY_DIR}/hope-reader.1.gz)
hope_gzip(${HOPE_PACKAGING_DIR}/changelog ${HOPE_PACKAGING_BINARY_DIR}/changelog.gz)
install(FILES ${HOPE_PACKAGING_BINARY_DIR}/hope-reader.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# --- Licences and changelog ----------------------------------------------------
# copyright: every licence of what ships, in Debian's machine-readable form
# (lintian wants it); LICENSE, the notices and the fonts' licences as the
# source tree has them, for installs that are not Debian packages.
install(FILES ${HOPE_PACKAGING_DIR}/copyright
              ${HOPE_PACKAGING_BINARY_DIR}/changelog.gz
              ${HOPE_TOP_DIR}/LICENSE
              ${HOPE_PACKAGING_DIR}/THIRD-PARTY-NOTICES
              ${HOPE_TOP_DIR}/resources/fonts/LICENSE-noto-cjk.txt
              ${HOPE_TOP_DIR}/resources/fonts/LICENSE-noto.txt
              ${HOPE_TOP_DIR}/resources/dictionary/LICENSE-cc-cedict.txt
              ${HOPE_TOP_DIR}/resources/strokes/ARPHICPL.TXT
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- Debian package -----------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hope-reader)
set(CPACK_PACKAGE_VENDOR "Hope Reader developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# No straight double quotes in these two: CPack would turn them into ';'.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "reader for the article Hope Lights Us Up, in Chinese and English")
set(CPACK_RESOURCE_FILE_LICENSE ${HOPE_TOP_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Packages are built by root with any umask: say the modes outright.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(HOPE_PACKAGE_MAINTAINER "Hope Reader developers <hope-reader@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${HOPE_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/hopereader/hope-reader)
# The libraries the executable and the player module link (Qt 6 Core, Gui,
# Widgets, Multimedia, libstdc++, libc) come from dpkg-shlibdeps. The rest is loaded at run time:
# Qt's xcb platform and JPEG plugins are in libqt6gui6 and its GStreamer
# media plugin in libqt6multimedia6, but the GStreamer elements that play the
# clip (WebM: matroska and vpx from -good; opus, playback, app, conversion
# from -base) are packages of their own.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
# Qt's own Chinese for the standard dialogs; Wayland without XWayland; the
# word list and the character readings that pinyin is read from at run time
# (without them --pinyin says what is missing and the rest works); espeak-ng,
# which reading aloud loads on first use (so shlibdeps cannot see it), and
# OpenCC, which the Traditional script loads the same way.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-wayland, rime-data-terra-pinyin, unicode-data, libespeak-ng1, espeak-ng-data, espeak-ng, libopencc1.1, libopencc-data")
# File dialogs through the desktop portal: Qt's portal theme, which Qt
# picks itself in a sandbox and a desktop picks with
# QT_QPA_PLATFORMTHEME=xdgdesktopportal (the Flatpak has it in its runtime).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-xdgdesktopportal-platformtheme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts the summary above this as the synopsis, indents these lines
# and writes the empty one as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Hope Reader is a desktop reader for one long Chinese magazine article,
希望是光,希望有你 (Hope lights us up), about the film Alibaba released on
Olympic Day 2021, in Chinese and in an English translation.

It shows the article with a section list, a timeline of the milestones it
tells of, and a short stand-in clip with chapters and captions in both
languages. It switches language at the same paragraph, remembers where you
were, and can also open other article bundles (JSON).")
include(CPack)
